package org.moocbuilder.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build.
 *
 * @param projectDir the folder holding {@code content/}, {@code locales/} and optionally {@code themes/}
 * @param outputDir  where the site goes; replaced as a whole when the build succeeds
 * @param onlyLocales build just these languages (the source language is always built); empty means all
 * @param write      false to stop after translation, for reports (no pages rendered, nothing written)
 */
public record BuildRequest(Path projectDir, Path outputDir, List<String> onlyLocales, boolean write) {

    public BuildRequest {
        onlyLocales = List.copyOf(onlyLocales);
    }

    /** A request to build and write the site. */
    public BuildRequest(Path projectDir, Path outputDir, List<String> onlyLocales) {
        this(projectDir, outputDir, onlyLocales, true);
    }

    public Path contentDir() {
        return projectDir.resolve("content");
    }
}
