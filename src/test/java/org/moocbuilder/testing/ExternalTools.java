package org.moocbuilder.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Other projects' tools the tests run our files through (GNU gettext, translate-toolkit). A test
 * is skipped, with the reason, when a tool is not installed, except where CI sets the tool's
 * {@code MOOC_REQUIRE_...} variable: there a missing tool fails the run, so the test cannot be
 * skipped unnoticed.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /**
     * Skips the calling test when {@code command} is not on the PATH, or fails it when
     * {@code requiredBy} is set in the environment.
     */
    public static void assume(String command, String requiredBy, String debianPackage) {
        boolean installed = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
        if (System.getenv(requiredBy) != null && !installed) {
            throw new AssertionError(requiredBy + " is set but " + command + " is not on the PATH; install Debian's "
                    + debianPackage);
        }
        assumeTrue(installed, command + " is not installed (apt-get install " + debianPackage + "); skipping");
    }

    /** Runs a command in {@code dir}, asserts it succeeded, and returns what it printed. */
    public static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
