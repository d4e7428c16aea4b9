package org.moocbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedNavigationTest {

    @Test
    void theModulesOfACourseDrawnOnSeveralThreadsShareOneNavigation() throws Exception {
        AtomicInteger made = new AtomicInteger();
        int tasks = 8;
        SharedNavigation<Object> shared = new SharedNavigation<>(() -> {
            made.incrementAndGet();
            return new Object();
        }, tasks);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<Object>> seen = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                seen.add(threads.submit(() -> {
                    start.await();
                    return shared.get();
                }));
            }
            start.countDown();
            Object first = seen.get(0).get();
            for (Future<Object> one : seen) {
                assertSame(first, one.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(1, made.get());
    }

    @Test
    void theNavigationIsLetGoOnlyWhenTheLastTaskIsDone() {
        AtomicInteger made = new AtomicInteger();
        SharedNavigation<Object> shared = new SharedNavigation<>(() -> {
            made.incrementAndGet();
            return new Object();
        }, 2);
        Object first = shared.get();
        shared.release();
        assertSame(first, shared.get(), "one task still needs it");
        shared.release();
        assertEquals(1, made.get());
        // Every task is done: nothing holds it any more, so asking again (which a build never does) makes another.
        assertNotSame(first, shared.get());
        assertEquals(2, made.get());
    }
}
