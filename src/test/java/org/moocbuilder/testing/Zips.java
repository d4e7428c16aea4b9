package org.moocbuilder.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reading zip archives back in tests: their entries in memory, or unpacked into a folder. */
public final class Zips {

    private Zips() {
    }

    /** Every entry of the archive by name, in name order. */
    public static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Unpacks the archive into {@code folder}, which is created. */
    public static Path unzip(Path zip, Path folder) throws IOException {
        for (Map.Entry<String, byte[]> entry : entries(zip).entrySet()) {
            Path target = folder.resolve(entry.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("entry outside the folder: " + entry.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, entry.getValue());
        }
        return folder;
    }
}
