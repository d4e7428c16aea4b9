package org.moocbuilder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.io.file.PathUtils;

/**
 * A site being written: each file goes into a staging folder beside the output folder as soon
 * as it is made (from many threads at once), and the staging folder replaces the output folder
 * only on {@link #commit}. Readers of the output folder (a web server, a learner's browser)
 * never see half a site, and a build that fails, or is closed without committing, leaves the
 * previous one untouched and its staging folder removed.
 */
public final class StagedSite implements AutoCloseable {

    private final Path out;
    private final Path staging;
    private boolean committed;

    private StagedSite(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    public static StagedSite open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        return new StagedSite(target, Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-"));
    }

    /** Writes one file into the staging folder. Safe from many threads. */
    public void write(OutputFile file) {
        Path target = staging.resolve(file.path());
        try {
            Files.createDirectories(target.getParent());
            if (file.copyOf() != null) {
                Files.copy(file.copyOf(), target);
            } else {
                Files.write(target, file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps the staged site in for the output folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            PathUtils.deleteDirectory(old);
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed && Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
