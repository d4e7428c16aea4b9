package org.moocbuilder.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the built site: its path under the output folder and either its bytes or the
 * source file to copy unchanged.
 */
public record OutputFile(String path, byte[] bytes, Path copyOf) {

    public static OutputFile of(String path, byte[] bytes) {
        return new OutputFile(path, bytes, null);
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }

    /** The file's content: its bytes, or those of the file it copies. */
    public byte[] content() {
        if (bytes != null) {
            return bytes;
        }
        try {
            return Files.readAllBytes(copyOf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + copyOf, e);
        }
    }
}
