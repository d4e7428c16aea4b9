package org.moocbuilder.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Severity;

/** site.yml's {@code checks.severity}: a rule may be raised to error, lowered to warning, or turned off. */
public final class Severities {

    /** A release check is stricter than a build: a link that leads nowhere is an error, not a warning. */
    public static final Map<String, String> CHECK_DEFAULTS = Map.of("LINK001", "error", "LINK002", "error", "LINK003", "error");

    private Severities() {
    }

    public static List<Diagnostic> apply(List<Diagnostic> findings, Map<String, String> severity) {
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic finding : findings) {
            String level = severity.get(finding.code());
            if ("off".equals(level)) {
                continue;
            }
            Severity set = "error".equals(level) ? Severity.ERROR : "warning".equals(level) ? Severity.WARNING : finding.severity();
            result.add(finding.withSeverity(set));
        }
        return List.copyOf(result);
    }
}
