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
 * @param check      whether to check each page as it is drawn, for the build's one-line check summary
 */
public record BuildRequest(Path projectDir, Path outputDir, List<String> onlyLocales, boolean write, boolean check) {

    public BuildRequest {
        onlyLocales = List.copyOf(onlyLocales);
    }

    /** A request to build, check and write the site. */
    public BuildRequest(Path projectDir, Path outputDir, List<String> onlyLocales) {
        this(projectDir, outputDir, onlyLocales, true, true);
    }

    /** A request that builds without writing ({@code write} false) or writes and checks. */
    public BuildRequest(Path projectDir, Path outputDir, List<String> onlyLocales, boolean write) {
        this(projectDir, outputDir, onlyLocales, write, write);
    }

    /** The same request, with or without the check of each page. */
    public BuildRequest checked(boolean checkPages) {
        return new BuildRequest(projectDir, outputDir, onlyLocales, write, checkPages);
    }

    public Path contentDir() {
        return projectDir.resolve("content");
    }
}
