package org.moocbuilder.serve;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.io.monitor.FileAlterationListenerAdaptor;
import org.apache.commons.io.monitor.FileAlterationMonitor;
import org.apache.commons.io.monitor.FileAlterationObserver;

/**
 * Watches content/, locales/ and themes/ by polling (Commons IO: portable, and the JDK's
 * WatchService polls every few seconds on macOS anyway). Changes are gathered until none has
 * come for a short quiet time, then handed over together: a burst of 50 saves is one rebuild.
 */
public final class Watcher implements AutoCloseable {

    private final FileAlterationMonitor monitor;
    private final Set<Path> pending = new HashSet<>();
    private long lastChange;

    public Watcher(Path project, long pollMillis, long quietMillis, Consumer<Set<Path>> onChanges) throws Exception {
        monitor = new FileAlterationMonitor(pollMillis);
        for (String folder : List.of("content", "locales", "themes")) {
            File dir = project.resolve(folder).toFile();
            FileAlterationObserver observer = FileAlterationObserver.builder().setFile(dir).get();
            observer.addListener(new FileAlterationListenerAdaptor() {
                @Override
                public void onFileChange(File file) {
                    changed(file.toPath());
                }

                @Override
                public void onFileCreate(File file) {
                    changed(file.toPath());
                }

                @Override
                public void onFileDelete(File file) {
                    changed(file.toPath());
                }

                @Override
                public void onDirectoryCreate(File directory) {
                    changed(directory.toPath());
                }

                @Override
                public void onDirectoryDelete(File directory) {
                    changed(directory.toPath());
                }

                @Override
                public void onStop(FileAlterationObserver ignored) {
                    flushIfQuiet(quietMillis, onChanges);
                }
            });
            monitor.addObserver(observer);
        }
        monitor.setThreadFactory(r -> {
            Thread thread = new Thread(r, "mooc-watch");
            thread.setDaemon(true);
            return thread;
        });
        monitor.start();
    }

    private synchronized void changed(Path path) {
        pending.add(path);
        lastChange = System.nanoTime();
    }

    private void flushIfQuiet(long quietMillis, Consumer<Set<Path>> onChanges) {
        Set<Path> batch;
        synchronized (this) {
            if (pending.isEmpty() || (System.nanoTime() - lastChange) / 1_000_000 < quietMillis) {
                return;
            }
            batch = Set.copyOf(pending);
            pending.clear();
        }
        onChanges.accept(batch);
    }

    @Override
    public void close() throws Exception {
        monitor.stop(100);
    }
}
