package org.moocbuilder.translate.po;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A PO file: its header entry (msgid "") and its entries, in file order. */
public record PoFile(PoEntry header, List<PoEntry> entries) {

    public PoFile {
        entries = List.copyOf(entries);
    }

    /** The header's {@code Name: value} fields, in order. */
    public Map<String, String> headerFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (header != null) {
            for (String line : header.translation().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return fields;
    }

    public Optional<String> headerField(String name) {
        return Optional.ofNullable(headerFields().get(name));
    }
}
