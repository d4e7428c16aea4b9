package org.moocbuilder.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterministicZipTest {

    @TempDir
    Path dir;

    @Test
    void sameEntriesGiveSameBytesWhateverTheOrderAndFileTimes() throws IOException {
        Path image = dir.resolve("a.svg");
        Files.writeString(image, "<svg/>");
        byte[] first = new DeterministicZip()
                .add("index.html", bytes("<p>home</p>"))
                .addFile("img/a.svg", image)
                .toBytes();
        Files.setLastModifiedTime(image, FileTime.fromMillis(System.currentTimeMillis() + 86_400_000L));
        byte[] second = new DeterministicZip()
                .addFile("img/a.svg", image)
                .add("index.html", bytes("<p>home</p>"))
                .toBytes();
        assertArrayEquals(first, second);
    }

    @Test
    void entriesComeBackInNameOrderWithTheirContent() throws IOException {
        byte[] zip = new DeterministicZip()
                .add("b/page.html", bytes("B"))
                .add("a.css", bytes("A"))
                .toBytes();
        List<String> names = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("a.css", "b/page.html"), names);
        assertEquals(List.of("A", "B"), contents);
    }

    @Test
    void refusesPathsThatWouldLeaveTheFolderItIsUnzippedIn() {
        for (String path : List.of("/etc/passwd", "../up.html", "a/../../b", "a\\b", "")) {
            assertThrows(IllegalArgumentException.class, () -> new DeterministicZip().add(path, bytes("x")), path);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
