package org.moocbuilder.diag;

import java.util.Map;

/**
 * Where the fields of a settings file or front matter block stand, so a field's value can be
 * traced back to its line (for translation references and later checks).
 */
public record FieldPositions(String file, Map<String, Integer> lines) {

    public FieldPositions {
        lines = Map.copyOf(lines);
    }

    public static FieldPositions none(String file) {
        return new FieldPositions(file, Map.of());
    }

    /** The position of a field, or of the file's first line when unknown. */
    public SourcePosition at(String field) {
        return SourcePosition.at(file, lines.getOrDefault(field, 1), 1);
    }

    /** The position of the {@code index}-th item of a list field written one item per line. */
    public SourcePosition at(String field, int index) {
        Integer line = lines.get(field);
        return line == null ? SourcePosition.at(file, 1, 1) : SourcePosition.at(file, line + 1 + index, 1);
    }
}
