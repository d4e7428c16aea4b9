package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The page weight check counts what gzip -9 sends: the size of a whole GZIPOutputStream at level 9. */
class GzipSizeTest {

    @Test
    void countsWhatGzipNineWrites() throws IOException {
        Random random = new Random(7);
        byte[] noise = new byte[300_000];
        random.nextBytes(noise);
        String page = Files.readString(Path.of("themes/default/templates/layout.ftlh"), StandardCharsets.UTF_8);
        for (byte[] bytes : new byte[][] {new byte[0], "a".getBytes(StandardCharsets.UTF_8), noise,
                page.getBytes(StandardCharsets.UTF_8), page.repeat(40).getBytes(StandardCharsets.UTF_8)}) {
            assertEquals(gzipNine(bytes).length, GzipSize.of(bytes), bytes.length + " bytes");
        }
    }

    private static byte[] gzipNine(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
