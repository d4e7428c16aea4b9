package org.moocbuilder.diag;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One finding: where, how serious, a stable code that never changes meaning, what is wrong
 * and what to do about it; and, for a measured finding (reading level), the figures behind it,
 * by name in a fixed order, for the JSON and SARIF reports.
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint,
                         Map<String, Number> figures) {

    public Diagnostic {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** A finding with no figures: almost all of them. */
    public Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint) {
        this(severity, code, position, message, hint, Map.of());
    }

    /** The same finding at another severity (site.yml's {@code checks.severity}). */
    public Diagnostic withSeverity(Severity changed) {
        return new Diagnostic(changed, code, position, message, hint, figures);
    }

    /** The "file" of findings about the command line itself (an option naming a language the site lacks). */
    public static final String COMMAND_LINE = "(command line)";

    /** Sorts findings by file, line and column so reports read top to bottom and are reproducible. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, {@code file:line:col: error[CODE]: message}, followed by the hint. */
    public String format() {
        String head = position + ": " + severity.label() + "[" + code + "]: " + message;
        return hint == null || hint.isBlank() ? head : head + "\n  hint: " + hint;
    }
}
