package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.testing.BrowserScript;
import org.moocbuilder.testing.Zips;

/**
 * The example course's SCORM packages in a real browser (src/test/browser/scorm.mjs): a harness
 * page plays the LMS with scorm-again's SCORM 1.2 runtime, a lesson answered by keyboard wrong
 * then right reports status, score, answers and session time and finishes when left, and a
 * relaunch shows the answers again; in English and Arabic. Every page of the unzipped packages
 * also opens from file:// with no request leaving the folder.
 */
class ScormBrowserTest {

    @TempDir
    Path work;

    @Test
    void aLessonReportsToAScorm12RuntimeAndGetsItsAnswersBackInEnglishAndArabic() throws Exception {
        BrowserScript.assumeBrowser();
        Path exported = work.resolve("export");
        CatalogExchange.Outcome outcome = new LmsExport().exportScorm(Path.of("").toAbsolutePath(), exported,
                List.of("en", "ar"));
        assertEquals(List.of(), outcome.diagnostics().sorted());
        Path served = work.resolve("served");
        for (String lang : List.of("en", "ar")) {
            Zips.unzip(exported.resolve(lang).resolve("ai-public-sector.zip"), served.resolve(lang));
        }
        String output = BrowserScript.run(served, "scorm.mjs", served.toString());
        assertTrue(output.contains("all SCORM checks passed"), output);
    }
}
