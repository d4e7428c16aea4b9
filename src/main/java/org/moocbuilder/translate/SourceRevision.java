package org.moocbuilder.translate;

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
        StringBuilder parts = new StringBuilder();
        for (String part : List.of(title, description, String.join("\n", objectives), body)) {
            parts.append(part).append('\0');
        }
        return Fingerprint.of(parts.toString());
    }
}
