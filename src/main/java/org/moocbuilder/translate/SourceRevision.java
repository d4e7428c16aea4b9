package org.moocbuilder.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short fingerprint of a page's source text (title, description, objectives and body). A
 * whole-page adaptation records the fingerprint of the source it translates; when the source
 * changes, the fingerprints differ and the adaptation is reported stale.
 */
public final class SourceRevision {

    private SourceRevision() {
    }

    public static String of(String title, String description, List<String> objectives, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(title, description, String.join("\n", objectives), body)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
