package org.moocbuilder.i18n;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Builds each language's {@link Messages}: the theme's strings for the language
 * ({@code i18n/<lang>.json}), overlaid key by key by the site's {@code locales/<lang>/ui.json};
 * a key missing from both falls back to the theme's English.
 * Every message is checked to be valid ICU MessageFormat, reported at its line.
 */
public final class UiBundles {

    /** A bundle's text and where it came from, for positions in diagnostics. */
    public record BundleText(String displayPath, String json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private UiBundles() {
    }

    /**
     * @param themeBundles the theme's bundles by locale tag, each a list of layers applied in
     *                     order; {@code en} defines every key
     * @param siteBundles  the site's {@code locales/<tag>/ui.json} by locale tag, where present
     */
    public static Map<String, Messages> build(List<LocaleInfo> locales, Map<String, List<BundleText>> themeBundles,
                                              Map<String, BundleText> siteBundles, Diagnostics diagnostics) {
        Map<String, String> defaults = new LinkedHashMap<>();
        themeBundles.getOrDefault("en", List.of()).forEach(layer -> defaults.putAll(read(layer, diagnostics)));
        Map<String, Map<String, String>> themeLayers = new LinkedHashMap<>();
        themeBundles.forEach((tag, layers) -> {
            Map<String, String> merged = new LinkedHashMap<>();
            LocaleInfo language = LocaleInfo.of(tag);
            for (BundleText layer : layers) {
                Map<String, SourcePosition> positions = new LinkedHashMap<>();
                Map<String, String> read = read(layer, diagnostics, positions);
                if (!tag.equals("en")) {
                    read.forEach((key, pattern) -> MessageCheck.check(key, pattern, defaults.get(key), language,
                            positions.get(key), diagnostics));
                }
                merged.putAll(read);
            }
            themeLayers.put(tag, merged);
        });
        Messages fallback = new Messages(LocaleInfo.of("en"), defaults, null);
        Map<String, Messages> result = new LinkedHashMap<>();
        for (LocaleInfo locale : locales) {
            Map<String, String> patterns = new LinkedHashMap<>(themeLayers.getOrDefault(locale.tag(), Map.of()));
            BundleText site = siteBundles.get(locale.tag());
            if (site != null) {
                Map<String, SourcePosition> positions = new LinkedHashMap<>();
                Map<String, String> own = read(site, diagnostics, positions);
                warnUnknownKeys(site, own, defaults, diagnostics);
                own.forEach((key, pattern) -> MessageCheck.check(key, pattern, defaults.get(key), locale, positions.get(key),
                        diagnostics));
                patterns.putAll(own);
            }
            Set<String> missing = new TreeSet<>(defaults.keySet());
            missing.removeAll(patterns.keySet());
            if (!missing.isEmpty()) {
                String where = site == null ? "locales/" + locale.tag() + "/ui.json" : site.displayPath();
                diagnostics.warning("UI002", SourcePosition.ofFile(where), missing.size() + " interface string(s) missing for `"
                        + locale.tag() + "`, shown in English: " + String.join(", ", missing),
                        "add them to " + where + "; the theme's i18n/en.json lists every key");
            }
            result.put(locale.tag(), new Messages(locale, patterns, fallback));
        }
        return result;
    }

    private static void warnUnknownKeys(BundleText bundle, Map<String, String> own, Map<String, String> defaults,
                                        Diagnostics diagnostics) {
        for (String key : own.keySet()) {
            if (!defaults.containsKey(key)) {
                diagnostics.warning("UI003", SourcePosition.ofFile(bundle.displayPath()), "unknown interface string `" + key
                        + "`; the theme does not use it", "check the spelling against the theme's i18n/en.json");
            }
        }
    }

    /**
     * Reads a flat JSON object of key to ICU message, checking each message's syntax; invalid
     * messages are reported and left out, so the rest of the bundle still applies.
     */
    static Map<String, String> read(BundleText bundle, Diagnostics diagnostics) {
        return read(bundle, diagnostics, new LinkedHashMap<>());
    }

    private static Map<String, String> read(BundleText bundle, Diagnostics diagnostics, Map<String, SourcePosition> positions) {
        Map<String, String> messages = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(bundle.json())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                diagnostics.error("UI001", SourcePosition.at(bundle.displayPath(), 1, 1),
                        "a UI bundle must be a JSON object of \"key\": \"message\" pairs", null);
                return Map.of();
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                JsonLocation at = parser.currentTokenLocation();
                SourcePosition position = SourcePosition.at(bundle.displayPath(), at.getLineNr(), at.getColumnNr());
                if (value != JsonToken.VALUE_STRING) {
                    diagnostics.error("UI001", position, "the value of `" + key + "` must be a string", null);
                    parser.skipChildren();
                    continue;
                }
                String pattern = parser.getText();
                try {
                    new MessageFormat(pattern);
                    messages.put(key, pattern);
                    positions.put(key, position);
                } catch (IllegalArgumentException e) {
                    diagnostics.error("UI004", position, "`" + key + "` is not valid ICU MessageFormat: " + e.getMessage(),
                            "check that every `{` has its `}` and plural forms look like `one {# lesson} other {# lessons}`");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.error("UI001", SourcePosition.at(bundle.displayPath(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()), "invalid JSON: " + e.getOriginalMessage(), null);
            return Map.of();
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory string failed", e);
        }
        return messages;
    }
}
