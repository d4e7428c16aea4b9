package org.moocbuilder.output;

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
}
