package org.moocbuilder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * A site being written: each file goes into a staging folder beside the output folder as soon
 * as it is made (from many threads at once), and the staging folder replaces the output folder
 * only on {@link #commit}. Readers of the output folder (a web server, a learner's browser)
 * never see half a site, and a build that fails, or is closed without committing, leaves the
 * previous one untouched and its staging folder removed.
 *
 * <p>Every site it writes holds a {@link #MARKER} file: the build owns an output folder only if
 * the marker says a build made it. A build killed halfway (kill -9, a power cut) leaves its
 * staging folder {@code .<name>.new-<digits>}, or the previous site in {@code .<name>.old-<digits>};
 * the next build for the same output removes such folders when they hold the marker and no
 * running build holds them, and nothing else.
 */
public final class StagedSite implements AutoCloseable {

    /** The file in every built site that says a build made the folder and may replace it. */
    public static final String MARKER = ".mooc-site";
    private static final byte[] MARKER_TEXT = ("This folder is a site built by MOOC Builder (mooc build); the next build"
            + " replaces all of it, so keep nothing else here.\n").getBytes(StandardCharsets.UTF_8);
    /**
     * A file in a staging folder, locked while its build runs: the operating system drops the lock
     * when the process ends however it ends, so a staging folder whose lock can be taken is a leftover.
     */
    private static final String OWNER = ".mooc-build-running";

    private final Path out;
    private final Path staging;
    /** Folders made so far: asking the file system about every file's folder was 2% of a large build's CPU. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private FileChannel ownerChannel;
    private boolean committed;

    private StagedSite(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Removes leftovers of earlier builds beside {@code out}, then opens a staging folder there. */
    public static StagedSite open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        removeLeftovers(target);
        StagedSite site = new StagedSite(target,
                Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".new-"));
        try {
            site.holdOwnerLock();
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
            // Made once per folder; another thread writing into the same folder waits until it exists.
            folders.computeIfAbsent(target.getParent(), StagedSite::createFolder);
            if (file.copyOf() != null) {
                Files.copy(file.copyOf(), target);
            } else {
                Files.write(target, file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The staging folder, for what is made from the files written so far (the offline packages)
     * before the commit. Files read there are the site as it will be.
     */
    public Path folder() {
        return staging;
    }

    /** Swaps the staged site in for the output folder. */
    public void commit() throws IOException {
        releaseOwnerLock();
        Files.deleteIfExists(staging.resolve(OWNER));
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
            try {
                PathUtils.deleteDirectory(old);
            } catch (IOException e) {
                // The new site is in place; what is left of the old one holds the marker, so the
                // next build removes it.
            }
        }
    }

    /** Removes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        releaseOwnerLock();
        if (!committed && Files.exists(staging)) {
            PathUtils.deleteDirectory(staging);
        }
    }

    private void holdOwnerLock() throws IOException {
        ownerChannel = FileChannel.open(staging.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ownerChannel.lock();
        } catch (IOException e) {
            // A file system without locks: the folder then stays until a build can tell it is a leftover.
        }
    }

    private void releaseOwnerLock() throws IOException {
        if (ownerChannel != null) {
            ownerChannel.close();
            ownerChannel = null;
        }
    }

    /**
     * Removes the {@code .<name>.new-<digits>} and {@code .<name>.old-<digits>} folders beside
     * {@code out} that a build made (they hold the marker) and no running build holds. Best effort:
     * a folder that cannot be removed is left for the next build.
     */
    private static void removeLeftovers(Path out) {
        Pattern ours = Pattern.compile(Pattern.quote("." + out.getFileName() + ".") + "(new|old)-\\d+");
        List<Path> candidates;
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            candidates = siblings.filter(p -> ours.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path leftover : candidates) {
            if (isLeftover(leftover)) {
                try {
                    PathUtils.deleteDirectory(leftover);
                } catch (IOException e) {
                    // Left for the next build.
                }
            }
        }
    }

    /**
     * A marked folder whose owner lock can be taken: no running build is writing it. A lock this
     * process holds (two builds in one JVM, in tests) counts as held; closing the probe then drops
     * that lock for other processes, which only matters if a third build starts meanwhile.
     */
    private static boolean isLeftover(Path folder) {
        Path owner = folder.resolve(OWNER);
        if (!Files.exists(owner, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
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
