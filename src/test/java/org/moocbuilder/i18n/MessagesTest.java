package org.moocbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Messages formatted once and kept give what formatting anew gives, for any numbers and any number of them. */
class MessagesTest {

    private final Messages english = TestMessages.english();

    @Test
    void aMessageWithNumbersReadsTheSameEachTimeAndForEveryPlural() {
        for (int round = 0; round < 2; round++) {
            assertEquals("1 lesson", english.format("count.lessons", Map.of("count", 1)));
            assertEquals("2 lessons", english.format("count.lessons", Map.of("count", 2)));
            assertEquals("1,000 lessons", english.format("count.lessons", Map.of("count", 1000)));
        }
    }

    @Test
    void argumentsGivenInAnotherMapOrderOrTypeAreFormattedByTheirOwnValues() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("count", 3);
        assertEquals("3 lessons", english.format("count.lessons", ordered));
        assertEquals("3.5 lessons", english.format("count.lessons", Map.of("count", 3.5)));
        assertEquals("3 lessons", english.format("count.lessons", Map.of("count", 3L)));
    }

    @Test
    void pastTheLimitOfKeptMessagesEveryMessageIsStillRight() {
        for (int count = 0; count < 6000; count++) {
            assertEquals(String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "lesson" : "lessons"),
                    english.format("count.lessons", Map.of("count", count)), "count " + count);
        }
        assertEquals("2 lessons", english.format("count.lessons", Map.of("count", 2)));
    }

    @Test
    void textArgumentsAreFormattedWithTheTextGiven() {
        assertEquals("French only (90 KB, zip)", english.format("download.language", Map.of("language", "French", "size", "90 KB")));
        assertEquals("Arabic only (90 KB, zip)", english.format("download.language", Map.of("language", "Arabic", "size", "90 KB")));
    }

    @Test
    void messagesWithTextFormattedFromManyThreadsReadAsFormattedAlone() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 3000; i++) {
                        String language = "Language " + thread + "-" + i;
                        assertEquals(language + " only (" + i + " KB, zip)",
                                english.format("download.language", Map.of("language", language, "size", i + " KB")));
                        assertEquals("Duration: " + i + " min", english.format("lesson.duration", Map.of("duration", i + " min")));
                        assertEquals(String.format(Locale.ROOT, "%s of %,d %s completed (all its self-checks answered correctly).",
                                        language, i, i == 1 ? "lesson" : "lessons"),
                                english.format("progress.lessons", Map.of("done", language, "total", i)));
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
