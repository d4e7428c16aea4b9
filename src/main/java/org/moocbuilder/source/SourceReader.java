package org.moocbuilder.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** Reads course text files strictly as UTF-8 and reports the exact place of any bad byte. */
public final class SourceReader {

    private final Path root;
    /** The root with its symbolic links resolved, found on first use. */
    private volatile Path realRoot;

    /** @param root the folder user-facing paths are shown relative to */
    public SourceReader(Path root) {
        this.root = root;
    }

    public String displayPath(Path file) {
        Path relative = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    public Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String shown = displayPath(file);
        if (!insideProject(file, diagnostics)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error("SRC001", SourcePosition.ofFile(shown), "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable");
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, shown, diagnostics);
        return text.map(t -> new SourceFile(shown, file, normalizeLineEndings(stripBom(t))));
    }

    /**
     * Whether {@code file}, with every symbolic link on its way followed, is inside the project;
     * if not, an error says so. Nobody who can put a file into the project (a translator's
     * folder, an imported archive) may make the build read or publish one outside it.
     */
    public boolean insideProject(Path file, Diagnostics diagnostics) {
        try {
            Path real = file.toRealPath();
            if (real.startsWith(realRoot())) {
                return true;
            }
            diagnostics.error("SRC003", SourcePosition.ofFile(displayPath(file)),
                    "this file leads outside the project (a symbolic link to " + real + "), so it is neither read nor published",
                    "copy the file into the project instead of linking to it");
        } catch (IOException e) {
            diagnostics.error("SRC001", SourcePosition.ofFile(displayPath(file)), "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        return false;
    }

    /**
     * Whether a file written at {@code target} (which need not exist yet) would land inside the
     * project: the nearest part of its path that exists decides, with its links followed.
     */
    public boolean writesInsideProject(Path target) throws IOException {
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.toRealPath().startsWith(realRoot());
    }

    private Path realRoot() throws IOException {
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return realRoot;
    }

    /** Reads a whole file as a YAML mapping (a settings file such as site.yml). */
    public Optional<YamlDocument> readYaml(Path file, Diagnostics diagnostics) {
        return read(file, diagnostics).flatMap(source -> YamlDocument.parse(source.text(), source.displayPath(), 1, diagnostics));
    }

    private static Optional<String> decode(byte[] bytes, String shown, Diagnostics diagnostics) {
        // The JDK's own decoding is several times faster than a decoder that reports, and marks
        // every invalid byte with U+FFFD: without one, the strict decoding would give the same text.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(lenient);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            String before = new String(bytes, 0, badByte, StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            diagnostics.error("SRC002", SourcePosition.at(shown, line, column),
                    String.format("invalid UTF-8 byte 0x%02X", bytes[badByte] & 0xff),
                    "save the file as UTF-8 in your editor (it may be in Windows-1252 or Latin-1)");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String normalizeLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
