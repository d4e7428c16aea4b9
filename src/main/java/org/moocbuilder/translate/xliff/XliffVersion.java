package org.moocbuilder.translate.xliff;

/** The XLIFF versions we write: 1.2 (read by Weblate, Crowdin, OmegaT and most CAT tools) and 2.0. */
public enum XliffVersion {
    V1_2("1.2", "urn:oasis:names:tc:xliff:document:1.2"),
    V2_0("2.0", "urn:oasis:names:tc:xliff:document:2.0");

    private final String label;
    private final String namespace;

    XliffVersion(String label, String namespace) {
        this.label = label;
        this.namespace = namespace;
    }

    public String label() {
        return label;
    }

    public String namespace() {
        return namespace;
    }
}
