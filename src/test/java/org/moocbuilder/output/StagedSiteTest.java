package org.moocbuilder.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("site-out");
    }

    /** The names in {@code dir}, sorted, with the file names under each staging folder. */
    private List<String> beside() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void build() throws IOException {
        try (StagedSite site = StagedSite.open(out())) {
            site.write(OutputFile.of("index.html", "<p>site".getBytes(StandardCharsets.UTF_8)));
            site.commit();
        }
    }

    /** Starts {@link StagingProcess} and waits until it has staged its page. */
    private Process stagingProcess(String mode) throws IOException {
        String classPath = Stream.of(StagedSite.class, StagingProcess.class, PathUtils.class)
                .map(type -> {
                    try {
                        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct().collect(Collectors.joining(java.io.File.pathSeparator));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, StagingProcess.class.getName(), out().toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("staged", said);
        return process;
    }

    private List<String> stagingFolders() throws IOException {
        return beside().stream().filter(name -> name.startsWith(".site-out.new-")).toList();
    }

    @Test
    void everyBuiltSiteHoldsTheMarkerAndNothingMore() throws IOException {
        build();
        try (Stream<Path> files = Files.list(out())) {
            assertEquals(List.of(".mooc-site", "index.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("This folder is a site built by MOOC Builder (mooc build); the next build replaces all of it,"
                + " so keep nothing else here.\n", Files.readString(out().resolve(StagedSite.MARKER)));
        assertEquals(List.of("site-out"), beside(), "no staging or old folder is left after a build");
    }

    @Test
    void theStagingFolderOfABuildKilledHalfwayIsRemovedByTheNextBuild() throws Exception {
        Process killed = stagingProcess("halt");
        assertEquals(137, killed.waitFor());
        assertEquals(1, stagingFolders().size(), "the killed build left its staging folder");
        build();
        assertEquals(List.of("site-out"), beside());
    }

    @Test
    void theStagingFolderOfABuildStillRunningIsLeftAlone() throws Exception {
        Process running = stagingProcess("wait");
        try {
            List<String> theirs = stagingFolders();
            assertEquals(1, theirs.size());
            build();
            assertEquals(theirs, stagingFolders(), "a build running beside this one keeps its staging folder");
            assertTrue(Files.isRegularFile(dir.resolve(theirs.get(0)).resolve("index.html")));
        } finally {
            running.destroyForcibly();
            running.waitFor(30, TimeUnit.SECONDS);
        }
        build();
        assertEquals(List.of("site-out"), beside(), "once it is killed, its folder is a leftover");
    }

    @Test
    void onlyFoldersABuildMadeAreRemovedBesideTheOutput() throws IOException {
        Path staged = Files.createDirectories(dir.resolve(".site-out.new-123/en"));
        Files.writeString(staged.getParent().resolve(StagedSite.MARKER), "made by a build\n");
        Files.writeString(staged.resolve("index.html"), "<p>half a site");
        Path old = Files.createDirectories(dir.resolve(".site-out.old-456"));
        Files.writeString(old.resolve(StagedSite.MARKER), "made by a build\n");
        Path unmarked = Files.createDirectories(dir.resolve(".site-out.new-789"));
        Files.writeString(unmarked.resolve("notes.txt"), "keep me");
        Path otherName = Files.createDirectories(dir.resolve(".site-out.new-mine"));
        Files.writeString(otherName.resolve(StagedSite.MARKER), "");
        Path otherOutput = Files.createDirectories(dir.resolve(".site-out-2.new-1"));
        Files.writeString(otherOutput.resolve(StagedSite.MARKER), "");
        Files.writeString(dir.resolve(".site-out.old-7"), "a file, not a folder");

        build();

        assertEquals(List.of(".site-out-2.new-1", ".site-out.new-789", ".site-out.new-mine", ".site-out.old-7", "site-out"),
                beside());
        assertEquals("keep me", Files.readString(unmarked.resolve("notes.txt")));
    }
}
