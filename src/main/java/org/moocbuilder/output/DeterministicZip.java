package org.moocbuilder.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive whose bytes depend only on its entries' names and contents: entries are written
 * in name order, every timestamp is one fixed instant, and no extra fields or comments are kept.
 * The same course therefore packs to the same bytes on every machine and every run, so a package
 * can be checksummed, cached and compared.
 *
 * <p>Entries are collected first and written on {@link #writeTo}; an entry's content is either
 * bytes in memory, or a file or a supplier read only while the archive is written.
 */
public final class DeterministicZip {

    /** The earliest time the zip format stores; any fixed time would do. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final SortedMap<String, Supplier<byte[]>> entries = new TreeMap<>();

    /** Adds or replaces the entry at {@code path} ('/'-separated, relative). */
    public DeterministicZip add(OutputFile file) {
        return add(file.path(), file::content);
    }

    /**
     * Adds or replaces an entry whose content is made only while the archive is written (a page
     * changed for the archive, say), so an archive of many files never holds them all in memory.
     */
    public DeterministicZip add(String path, Supplier<byte[]> content) {
        entries.put(checked(path), content);
        return this;
    }

    public DeterministicZip add(String path, byte[] bytes) {
        return add(OutputFile.of(path, bytes));
    }

    public DeterministicZip addFile(String path, Path source) {
        return add(OutputFile.copy(path, source));
    }

    /** The entries' names in the order they are written. */
    public Iterable<String> names() {
        return entries.keySet();
    }

    public boolean contains(String path) {
        return entries.containsKey(path);
    }

    public void writeTo(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (Map.Entry<String, Supplier<byte[]>> entry : entries.entrySet()) {
            ZipEntry zipEntry = new ZipEntry(entry.getKey());
            // A local date-time is stored as is (no time zone applied) and adds no extra field.
            zipEntry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(zipEntry);
            zip.write(entry.getValue().get());
            zip.closeEntry();
        }
        zip.finish();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public void writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(out);
        }
    }

    private static String checked(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.endsWith("/")
                || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")) {
            throw new IllegalArgumentException("not a relative file path inside an archive: " + path);
        }
        return path;
    }
}
