package org.moocbuilder.diag;

import java.util.Comparator;

/**
 * One finding: where, how serious, a stable code that never changes meaning, what is wrong
 * and what to do about it.
 */
public record Diagnostic(Severity severity, String code, SourcePosition position, String message, String hint) {

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
