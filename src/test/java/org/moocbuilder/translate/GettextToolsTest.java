package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.translate.po.PoReader;
import org.moocbuilder.translate.po.PoWriter;

/**
 * Our PO files against GNU gettext's own tools: every bundle of the example course passes
 * {@code msgfmt --check}, and what {@code msgcat} writes we read back unchanged. Needs gettext
 * (Debian package {@code gettext}); CI installs it and sets MOOC_REQUIRE_GETTEXT=1 so the
 * tests cannot be skipped there.
 */
class GettextToolsTest {

    @TempDir
    Path work;

    @BeforeAll
    static void gettextIsInstalled() {
        boolean installed = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "msgfmt")));
        if (System.getenv("MOOC_REQUIRE_GETTEXT") != null && !installed) {
            throw new AssertionError("MOOC_REQUIRE_GETTEXT is set but msgfmt is not on the PATH; install Debian's gettext");
        }
        assumeTrue(installed, "GNU gettext is not installed (apt-get install gettext); skipping the msgfmt checks");
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    @Test
    void everyBundleOfTheExampleCoursePassesMsgfmtCheck() throws Exception {
        List<Path> bundles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("locales"))) {
            files.filter(f -> f.toString().endsWith(".po")).sorted().forEach(bundles::add);
        }
        assertEquals(10, bundles.size(), "five languages, a course bundle and a site bundle each");
        for (Path bundle : bundles) {
            run(Path.of("").toAbsolutePath(), "msgfmt", "--check", "--output-file=/dev/null", bundle.toString());
        }
    }

    @Test
    void whatMsgcatWritesReadsBackToTheSameEntries() throws Exception {
        Path source = Path.of("locales/fr/ai-public-sector.po").toAbsolutePath();
        Path normalized = work.resolve("normalized.po");
        run(work, "msgcat", "--no-wrap", "--output-file=" + normalized, source.toString());
        var ours = PoReader.read(Files.readString(source), "ours", new Diagnostics()).orElseThrow();
        var theirs = PoReader.read(Files.readString(normalized), "theirs", new Diagnostics()).orElseThrow();
        assertEquals(ours.entries().size(), theirs.entries().size());
        for (int i = 0; i < ours.entries().size(); i++) {
            assertEquals(ours.entries().get(i).id(), theirs.entries().get(i).id());
            assertEquals(ours.entries().get(i).translation(), theirs.entries().get(i).translation());
            assertEquals(ours.entries().get(i).flags(), theirs.entries().get(i).flags());
        }
        Path rewritten = work.resolve("rewritten.po");
        Files.writeString(rewritten, PoWriter.write(theirs));
        run(work, "msgfmt", "--check", "--output-file=/dev/null", rewritten.toString());
    }
}
