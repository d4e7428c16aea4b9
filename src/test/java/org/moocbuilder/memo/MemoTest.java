package org.moocbuilder.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

class MemoTest {

    @Test
    void aKeyIsComputedOnceWhileItIsUsedAndForgottenOnceARebuildDidNotUseIt() {
        Memo memo = Memo.live();
        AtomicInteger runs = new AtomicInteger();
        memo.nextGeneration();
        memo.get("step", "a", runs::incrementAndGet);
        memo.get("step", "a", runs::incrementAndGet);
        assertEquals(1, runs.get(), "the same key is computed once");

        memo.nextGeneration();
        memo.get("step", "a", runs::incrementAndGet);
        assertEquals(1, runs.get(), "a key the last rebuild used is still known");

        memo.nextGeneration();
        memo.nextGeneration();
        memo.get("step", "a", runs::incrementAndGet);
        assertEquals(2, runs.get(), "a key a whole rebuild did not use is let go");
    }

    @Test
    void stepsWithTheSameKeyDoNotShareResults() {
        Memo memo = Memo.live();
        assertEquals("one", memo.get("first", "k", () -> "one"));
        assertEquals("two", memo.get("second", "k", () -> "two"));
    }

    @Test
    void findingsAreReportedAgainEachTimeAValueIsReused() {
        Memo memo = Memo.live();
        for (int i = 0; i < 2; i++) {
            Diagnostics diagnostics = new Diagnostics();
            String value = memo.reported("parse", "text", diagnostics, found -> {
                found.warning("X001", SourcePosition.at("a.po", 3, 1), "odd", "fix it");
                return "parsed";
            });
            assertEquals("parsed", value);
            assertEquals(List.of("X001"), diagnostics.sorted().stream().map(d -> d.code()).toList(), "run " + i);
        }
    }

    @Test
    void noneKeepsNothing() {
        AtomicInteger runs = new AtomicInteger();
        Memo.none().get("step", "a", runs::incrementAndGet);
        Memo.none().get("step", "a", runs::incrementAndGet);
        assertEquals(2, runs.get());
    }
}
