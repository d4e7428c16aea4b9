package org.moocbuilder.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The files a site has, known before its pages are drawn, so each page can be checked as it
 * streams past: every path under the output folder, the languages, and the bytes of the files
 * that are not pages (stylesheets and scripts a page loads count in its weight).
 *
 * @param paths   every file's path under the output folder
 * @param locales the site's languages, source first
 * @param bytesOf the bytes of a file that is not a page, by path; null when the site has no such file
 * @param sharedShown by language, the files outside its folder that its pages show (course files
 *                stored once for the languages in {@code shared/}): part of what a learner of it downloads
 */
public record SiteFiles(Set<String> paths, List<String> locales, Function<String, byte[]> bytesOf,
                        Map<String, Set<String>> sharedShown) {

    public SiteFiles {
        paths = Set.copyOf(paths);
        locales = List.copyOf(locales);
        sharedShown = Map.copyOf(sharedShown);
    }

    /** The files outside the folder of {@code locale} that its pages show. */
    public Set<String> sharedShownBy(String locale) {
        return sharedShown.getOrDefault(locale, Set.of());
    }

    public boolean exists(String path) {
        return paths.contains(path);
    }
}
