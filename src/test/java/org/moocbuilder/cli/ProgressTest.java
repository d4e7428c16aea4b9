package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The page counter a terminal user sees, and the silence a log or CI gets. */
class ProgressTest {

    @Test
    void countsPagesPerLanguageAndRate() {
        Progress progress = new Progress(new PrintWriter(new StringWriter()), false, 0, 1);
        for (int i = 0; i < 15; i++) {
            progress.pageDone("en/course/module/lesson-" + i + ".html");
        }
        progress.pageDone("ar/index.html");
        progress.pageDone("index.html");
        assertEquals("Rendering: 17 pages (9 pages/s); ar 1, en 15, site 1", progress.line(2.0));
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAndClearedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(err, true), true, 0, 5)) {
            progress.pageDone("fr/index.html");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!err.toString().contains("fr 1") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        String shown = err.toString();
        assertTrue(shown.startsWith("\r\033[KRendering: "), shown);
        assertTrue(shown.contains("\r\033[KRendering: 1 page ("), "each update overwrites the line: " + shown);
        assertTrue(shown.endsWith("\r\033[K"), "the line is cleared so the summary starts clean: " + shown);
    }

    @Test
    void whenPipedOrQuietNothingIsPrinted() {
        StringWriter err = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(err, true), false, 0, 1)) {
            progress.pageDone("fr/index.html");
        }
        assertEquals("", err.toString());
    }
}
