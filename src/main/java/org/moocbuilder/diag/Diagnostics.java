package org.moocbuilder.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects findings from every stage, also from stages running in parallel, and hands them
 * back sorted. Stages report here instead of throwing, so a user sees every problem at once.
 */
public final class Diagnostics {

    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String code, SourcePosition at, String message, String hint) {
        report(new Diagnostic(Severity.ERROR, code, at, message, hint));
    }

    public void warning(String code, SourcePosition at, String message, String hint) {
        report(new Diagnostic(Severity.WARNING, code, at, message, hint));
    }

    /** A warning with the figures it was measured from (see {@link Diagnostic#figures()}). */
    public void warning(String code, SourcePosition at, String message, String hint, Map<String, Number> figures) {
        report(new Diagnostic(Severity.WARNING, code, at, message, hint, figures));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().distinct().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.stream().distinct().filter(d -> !d.isError()).count();
    }

    /** Every finding so far, sorted by position; duplicates reported by parallel stages appear once. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items.stream().distinct().toList());
        list.sort(Diagnostic.BY_POSITION);
        return List.copyOf(list);
    }
}
