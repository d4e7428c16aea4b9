package org.moocbuilder.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.testing.ExternalTools;
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
        ExternalTools.assume("msgfmt", "MOOC_REQUIRE_GETTEXT", "gettext");
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        return ExternalTools.run(dir, command);
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
