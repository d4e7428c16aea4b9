package org.moocbuilder.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * Writes the site beside the output folder, then swaps it in, so readers of the output folder
 * (a web server, a learner's browser) never see half a site, and a failed build leaves the
 * previous one untouched.
 */
public final class SiteWriter {

    private final Path out;

    public SiteWriter(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    public void write(List<OutputFile> files) throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
        try {
            for (OutputFile file : files) {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                if (file.copyOf() != null) {
                    Files.copy(file.copyOf(), target);
                } else {
                    Files.write(target, file.bytes());
                }
            }
            swapIn(staging);
        } finally {
            if (Files.exists(staging)) {
                PathUtils.deleteDirectory(staging);
            }
        }
    }

    private void swapIn(Path staging) throws IOException {
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
        if (old != null) {
            PathUtils.deleteDirectory(old);
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
