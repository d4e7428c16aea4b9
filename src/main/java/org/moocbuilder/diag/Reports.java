package org.moocbuilder.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Findings as a human reads them (grouped by file), as JSON, and as SARIF 2.1.0 for CI annotations. */
public final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** Grouped by file: the file once, then each finding as {@code line:col: severity[CODE]: message}. */
    public static String text(List<Diagnostic> findings) {
        Map<String, List<Diagnostic>> byFile = new TreeMap<>();
        findings.forEach(d -> byFile.computeIfAbsent(d.position().file(), f -> new ArrayList<>()).add(d));
        StringBuilder out = new StringBuilder();
        byFile.forEach((file, list) -> {
            out.append(file).append('\n');
            for (Diagnostic d : list) {
                SourcePosition p = d.position();
                out.append("  ").append(p.line() > 0 ? p.line() + ":" + Math.max(p.column(), 1) + ": " : "")
                        .append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
                if (d.hint() != null && !d.hint().isBlank()) {
                    out.append("    hint: ").append(d.hint()).append('\n');
                }
            }
        });
        long errors = findings.stream().filter(Diagnostic::isError).count();
        out.append(errors).append(errors == 1 ? " error, " : " errors, ").append(findings.size() - errors)
                .append(findings.size() - errors == 1 ? " warning" : " warnings").append('\n');
        return out.toString();
    }

    public static String json(List<Diagnostic> findings) {
        List<Object> items = new ArrayList<>();
        for (Diagnostic d : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", d.position().file());
            item.put("line", d.position().line());
            item.put("column", d.position().column());
            item.put("severity", d.severity().label());
            item.put("rule", d.code());
            item.put("message", d.message());
            item.put("hint", d.hint() == null ? "" : d.hint());
            if (!d.figures().isEmpty()) {
                item.put("figures", d.figures());
            }
            items.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("errors", findings.stream().filter(Diagnostic::isError).count());
        report.put("warnings", findings.stream().filter(d -> !d.isError()).count());
        report.put("findings", items);
        return write(report);
    }

    /** SARIF 2.1.0 with stable rule ids, repository-relative paths and fingerprints. */
    public static String sarif(List<Diagnostic> findings, String version) {
        Map<String, Object> rules = new TreeMap<>();
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : findings) {
            rules.putIfAbsent(d.code(), ordered("id", d.code(), "shortDescription", Map.of("text", d.code()),
                    "helpUri", "https://moocbuilder.org/docs/diagnostics#" + d.code().toLowerCase(Locale.ROOT)));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(d.position().line(), 1));
            if (d.position().column() > 0) {
                region.put("startColumn", d.position().column());
            }
            Map<String, Object> location = Map.of("physicalLocation", ordered(
                    "artifactLocation", Map.of("uri", d.position().file()), "region", region));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", d.code());
            result.put("level", d.isError() ? "error" : "warning");
            result.put("message", Map.of("text", d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")"));
            result.put("locations", List.of(location));
            result.put("partialFingerprints", Map.of("primaryLocationLineHash", fingerprint(d)));
            if (!d.figures().isEmpty()) {
                // SARIF's property bag: the place for tool-specific data on a result (SARIF 2.1.0, 3.8).
                result.put("properties", Map.of("figures", d.figures()));
            }
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "MOOC Builder");
        driver.put("version", version);
        driver.put("informationUri", "https://moocbuilder.org/");
        driver.put("rules", new ArrayList<>(rules.values()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return write(log);
    }

    /** A map that keeps the order its keys are given in, so reports are the same bytes every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String fingerprint(Diagnostic d) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((d.code() + "|" + d.position().file() + "|" + d.message())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reports are plain data", e);
        }
    }
}
