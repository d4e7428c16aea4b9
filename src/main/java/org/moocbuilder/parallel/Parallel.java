package org.moocbuilder.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs independent pieces of work on every core, each thread taking the next piece as soon as
 * it is done with one. A parallel stream splits its list into a few fixed runs instead: with
 * pieces of uneven cost (a course of many pages beside a language home) one thread was left to
 * finish the last run alone while the other cores idled.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@code work} applied to every item, the results in the items' order. Every item is worked
     * on even if one fails; then the first failure is thrown, as if the work had run here.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int threads = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    /** Runs every task, as {@link #map} does. */
    public static void run(List<? extends Runnable> tasks) {
        map(tasks, task -> {
            task.run();
            return null;
        });
    }
}
