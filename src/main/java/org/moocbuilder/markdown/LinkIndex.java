package org.moocbuilder.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Lesson;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;

/**
 * Where every linkable source file ends up: lesson and module Markdown files become pages,
 * assets keep their names under the module's output folder. Keys and values are paths under
 * {@code content/} and under a locale's output folder; a file the languages share lives outside
 * that folder, so its value starts with {@code ../}.
 */
public final class LinkIndex {

    private final Map<String, String> outputBySource;

    private LinkIndex(Map<String, String> outputBySource) {
        this.outputBySource = Map.copyOf(outputBySource);
    }

    /** Every asset under the language's folder: enough to tell whether a link leads anywhere. */
    public static LinkIndex of(Site site) {
        return of(site, Asset::outputPath);
    }

    /**
     * @param assetLinks where each asset is, from inside one language's folder (its own version
     *                   there, or a shared file one level up)
     */
    public static LinkIndex of(Site site, Function<Asset, String> assetLinks) {
        Map<String, String> map = new HashMap<>();
        for (Course course : site.courses()) {
            for (Module module : course.modules()) {
                map.put(module.intro().sitePath(), module.outputPath());
                for (Lesson lesson : module.lessons()) {
                    map.put(lesson.body().sitePath(), lesson.outputPath());
                }
            }
            for (Asset asset : course.assets()) {
                map.put(asset.sitePath(), assetLinks.apply(asset));
            }
        }
        return new LinkIndex(map);
    }

    public Optional<String> outputOf(String sitePath) {
        return Optional.ofNullable(outputBySource.get(sitePath));
    }
}
