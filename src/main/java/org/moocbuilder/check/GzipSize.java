package org.moocbuilder.check;

import java.util.zip.Deflater;

/** The size of a file as a server sends it compressed at best: gzip -9. */
public final class GzipSize {

    /** gzip's 10-byte header and 8-byte trailer (CRC-32 and length) around the deflate stream. */
    private static final int GZIP_FRAME = 18;

    private GzipSize() {
    }

    /**
     * The bytes {@code gzip -9} (and Java's GZIPOutputStream at that level) writes for {@code bytes}:
     * the deflate stream is counted as it comes, without keeping it or computing its checksum.
     */
    public static long of(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] scratch = new byte[8192];
            long size = 0;
            while (!deflater.finished()) {
                size += deflater.deflate(scratch);
            }
            return size + GZIP_FRAME;
        } finally {
            deflater.end();
        }
    }
}
