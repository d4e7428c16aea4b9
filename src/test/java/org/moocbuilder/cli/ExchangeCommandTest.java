package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.CourseFiles;

/** A coordinator sends bundles to an agency as XLIFF and merges what comes back, from the command line. */
class ExchangeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int mooc(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void exportedXliffComesBackIntoThePoBundleWithTheAgencysTranslation() throws Exception {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        assertEquals(0, mooc("extract", "--source", dir.toString()), err.toString());
        assertEquals(0, mooc("export", "--format", "xliff", "--source", dir.toString()), err.toString());
        assertTrue(out.toString().contains("site.xlf: 1 unit (XLIFF 1.2)"), out.toString());
        Path xliff = dir.resolve("export/xliff/ar/course-a.xlf");
        String exported = Files.readString(xliff);
        assertTrue(exported.contains("<source>First lesson</source>"), exported);

        Files.writeString(xliff, exported.replace("<source>First lesson</source>",
                "<source>First lesson</source><target state=\"translated\">الدرس الأول</target>"));
        assertEquals(0, mooc("import", "--source", dir.toString(), xliff.toString()), err.toString());
        String po = Files.readString(dir.resolve("locales/ar/course-a.po"));
        assertTrue(po.contains("msgid \"First lesson\"\nmsgstr \"الدرس الأول\""), po);

        // A translator revises the PO file; importing the old file again must not undo that.
        Path bundle = dir.resolve("locales/ar/course-a.po");
        Files.writeString(bundle, po.replace("msgstr \"الدرس الأول\"", "msgstr \"الدرس الأول (منقح)\""));
        assertEquals(0, mooc("import", "--source", dir.toString(), xliff.toString()), err.toString());
        assertTrue(Files.readString(bundle).contains("msgstr \"الدرس الأول (منقح)\""), Files.readString(bundle));
        assertTrue(err.toString().contains("warning[XLF005]") && err.toString().contains("the returned one is: الدرس الأول"),
                err.toString());
        assertTrue(out.toString().contains("1 in conflict (PO text kept)"), out.toString());
    }
}
