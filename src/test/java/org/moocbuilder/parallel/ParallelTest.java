package org.moocbuilder.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeInTheItemsOrderWhateverThreadMadeThem() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        assertEquals(items.stream().map(i -> "item " + i).toList(), Parallel.map(items, i -> {
            if (i % 7 == 0) {
                Thread.onSpinWait();
            }
            return "item " + i;
        }));
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
    }

    @Test
    void nullResultsAreKept() {
        List<String> results = Parallel.map(List.of(1, 2, 3), i -> i == 2 ? null : "x" + i);
        List<String> expected = new ArrayList<>();
        expected.add("x1");
        expected.add(null);
        expected.add("x3");
        assertEquals(expected, results);
    }

    @Test
    void everyItemIsWorkedOnBeforeTheFirstFailureIsThrown() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        IllegalStateException failure = new IllegalStateException("item 3");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.run(
                IntStream.range(0, 50).<Runnable>mapToObj(i -> () -> {
                    if (i == 3) {
                        throw failure;
                    }
                    done.add(i);
                }).toList()));
        assertSame(failure, thrown);
        assertEquals(49, done.size());
    }

    @Test
    void workNestedInsideParallelWorkCompletes() {
        AtomicInteger count = new AtomicInteger();
        Parallel.run(IntStream.range(0, 8).<Runnable>mapToObj(outer -> () ->
                Parallel.run(IntStream.range(0, 20).<Runnable>mapToObj(inner -> count::incrementAndGet).toList())).toList());
        assertEquals(160, count.get());
    }
}
