package org.moocbuilder.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work started beside the thread that will need its result, which does it itself if no other
 * thread has begun it by then. On two cores the shared pool has one worker: a task queued behind
 * others would otherwise leave the thread that waits for it idle (a small build's main thread
 * waited 100 ms for flexmark's set-up, queued behind the languages and the UI strings).
 */
public final class SideTask<T> {

    private final FutureTask<T> task;

    private SideTask(FutureTask<T> task) {
        this.task = task;
    }

    /** Queues {@code work} on the shared pool. */
    public static <T> SideTask<T> start(Supplier<? extends T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        ForkJoinPool.commonPool().execute(task);
        return new SideTask<>(task);
    }

    /**
     * The result, the work done here when no thread has started it; a failure is thrown as the
     * work threw it.
     */
    public T join() {
        // Does nothing when another thread has started the work or finished it.
        task.run();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException thrown) {
                        throw thrown;
                    }
                    if (e.getCause() instanceof Error thrown) {
                        throw thrown;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
