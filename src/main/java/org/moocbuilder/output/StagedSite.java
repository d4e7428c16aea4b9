package org.moocbuilder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Every site it writes holds a {@link #MARKER} file: the build owns an output folder only if
 * the marker says a build made it.
 */
public final class StagedSite implements AutoCloseable {

    /** The file in every built site that says a build made the folder and may replace it. */
    public static final String MARKER = ".mooc-site";
    private static final byte[] MARKER_TEXT = ("This folder is a site built by MOOC Builder (mooc build); the next build"
            + " replaces all of it, so keep nothing else here.\n").getBytes(StandardCharsets.UTF_8);

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
        StagedSite site = new StagedSite(target,
                Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-"));
        try {
            Files.write(site.staging.resolve(MARKER), MARKER_TEXT);
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
        return site;
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
