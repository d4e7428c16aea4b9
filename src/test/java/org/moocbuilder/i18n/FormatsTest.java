package org.moocbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shares and durations kept in one formatter per language read as ICU writes them afresh, from any thread. */
class FormatsTest {

    private static final double[] SHARES = {0, 0.04, 3.25, 55.1, 79.04, 99.95, 100};

    @Test
    void aShareIsWrittenAsTheLanguageWritesAPercentage() {
        assertEquals("73.4%", new Formats(LocaleInfo.of("en")).percent(73.4));
        assertEquals("73,4\u00a0%", new Formats(LocaleInfo.of("fr")).percent(73.4));
        assertEquals("100%", new Formats(LocaleInfo.of("en")).percent(100));
    }

    @Test
    void everyShareReadsAsAFreshIcuPercentFormatGivesIt() {
        for (String tag : List.of("en", "fr", "es", "ar", "ru", "zh", "hi", "ar-u-nu-arab", "de-CH", "he-u-nu-hebr")) {
            Formats formats = new Formats(LocaleInfo.of(tag));
            for (int round = 0; round < 2; round++) {
                for (double share : SHARES) {
                    NumberFormat fresh = NumberFormat.getPercentInstance(LocaleInfo.of(tag).locale());
                    fresh.setMaximumFractionDigits(1);
                    assertEquals(fresh.format(share / 100.0), formats.percent(share), tag + " " + share);
                }
            }
        }
        // Hebrew numerals are written by rules, not by a decimal pattern: the other way through percent().
        assertFalse(NumberFormat.getPercentInstance(LocaleInfo.of("he-u-nu-hebr").locale()) instanceof DecimalFormat);
    }

    @Test
    void durationsFormattedFromManyThreadsReadAsFormattedAlone() throws Exception {
        for (String tag : List.of("en", "ru", "ar")) {
            List<String> alone = new ArrayList<>();
            Formats single = new Formats(LocaleInfo.of(tag));
            for (int minutes = 0; minutes < 400; minutes++) {
                alone.add(single.duration(minutes));
            }
            Formats shared = new Formats(LocaleInfo.of(tag));
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t * 37;
                    results.add(threads.submit(() -> {
                        String[] seen = new String[400];
                        for (int i = 0; i < 400; i++) {
                            int minutes = (i + offset) % 400;
                            seen[minutes] = shared.duration(minutes) + "|" + shared.percent(minutes / 4.0);
                        }
                        return List.of(seen);
                    }));
                }
                for (Future<List<String>> result : results) {
                    List<String> seen = result.get();
                    for (int minutes = 0; minutes < 400; minutes++) {
                        assertEquals(alone.get(minutes) + "|" + single.percent(minutes / 4.0), seen.get(minutes), tag + " " + minutes);
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
