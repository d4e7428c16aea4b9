package org.moocbuilder.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** Puts module folders in the order course.yml gives, or keeps numeric-prefix order when it gives none. */
final class ModuleOrder {

    private final SourceReader reader;

    ModuleOrder(SourceReader reader) {
        this.reader = reader;
    }

    List<Path> arrange(Path courseDir, List<Path> byPrefix, List<String> stated, Diagnostics diagnostics) {
        if (stated.isEmpty()) {
            return byPrefix;
        }
        String courseYml = reader.displayPath(courseDir.resolve("course.yml"));
        List<Path> ordered = new ArrayList<>();
        List<String> names = byPrefix.stream().map(p -> p.getFileName().toString()).toList();
        List<String> slugs = names.stream().map(Naming::slug).toList();
        for (String wanted : stated) {
            Optional<Path> match = byPrefix.stream()
                    .filter(p -> p.getFileName().toString().equals(wanted)
                            || Naming.slug(p.getFileName().toString()).equals(wanted))
                    .findFirst();
            if (match.isEmpty()) {
                diagnostics.error("CRS006", SourcePosition.ofFile(courseYml),
                        "`modules` names `" + wanted + "`, but there is no such module folder",
                        Suggestions.closest(wanted, slugs).map(n -> "did you mean `" + n + "`?")
                                .orElse("module folders: " + String.join(", ", names)));
            } else if (!ordered.contains(match.get())) {
                ordered.add(match.get());
            }
        }
        for (Path dir : byPrefix) {
            if (!ordered.contains(dir)) {
                diagnostics.warning("CRS007", SourcePosition.ofFile(courseYml),
                        "module folder `" + dir.getFileName() + "` is not listed in `modules`; it is added at the end",
                        "list it in `modules:` where it belongs");
                ordered.add(dir);
            }
        }
        return ordered;
    }
}
