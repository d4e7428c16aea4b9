package org.moocbuilder.i18n;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Builds each language's {@link Messages}: the theme's strings for the language
 * ({@code i18n/<lang>.json}) over those of its parents in CLDR ({@link ParentLocales}: a
 * {@code zh-TW} site takes {@code zh-Hant.json}, never the Simplified {@code zh.json}), overlaid
 * key by key by the site's {@code locales/<lang>/ui.json}; a key missing from all of them falls
 * back to the theme's English.
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
     *                     order; {@code en} defines every key. A language's parents
     *                     ({@link ParentLocales#chain}) are looked up here too.
     * @param siteBundles  the site's {@code locales/<tag>/ui.json} by locale tag, where present
     */
    public static Map<String, Messages> build(List<LocaleInfo> locales, Map<String, List<BundleText>> themeBundles,
                                              Map<String, BundleText> siteBundles, Diagnostics diagnostics) {
        Map<String, String> defaults = new LinkedHashMap<>();
        themeBundles.getOrDefault("en", List.of()).forEach(layer -> defaults.putAll(read(layer, diagnostics)));
        Map<String, Map<String, String>> themeLayers = new LinkedHashMap<>();
        // Each LocaleInfo looks up its language's name in ICU's data, a few milliseconds apiece:
        // the site's languages are reused, only the theme's other ones (parents, English) are made.
        Map<String, LocaleInfo> languages = new HashMap<>();
        locales.forEach(locale -> languages.put(locale.tag(), locale));
        themeBundles.forEach((tag, layers) -> {
            Map<String, String> merged = new LinkedHashMap<>();
            LocaleInfo language = languages.computeIfAbsent(tag, LocaleInfo::of);
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
        Messages fallback = new Messages(languages.computeIfAbsent("en", LocaleInfo::of), defaults, null);
        Map<String, Messages> result = new LinkedHashMap<>();
        for (LocaleInfo locale : locales) {
            List<String> chain = ParentLocales.chain(locale.tag());
            List<String> found = chain.stream().filter(themeLayers::containsKey).toList();
            Map<String, String> patterns = new LinkedHashMap<>();
            for (int i = found.size() - 1; i >= 0; i--) {
                patterns.putAll(themeLayers.get(found.get(i)));
            }
            BundleText site = siteBundles.get(locale.tag());
            Set<String> notInSite = new TreeSet<>(defaults.keySet());
            if (site != null) {
                Map<String, SourcePosition> positions = new LinkedHashMap<>();
                Map<String, String> own = read(site, diagnostics, positions);
                notInSite.removeAll(own.keySet());
                warnUnknownKeys(site, own, defaults, diagnostics);
                own.forEach((key, pattern) -> MessageCheck.check(key, pattern, defaults.get(key), locale, positions.get(key),
                        diagnostics));
                patterns.putAll(own);
            }
            Set<String> missing = new TreeSet<>(defaults.keySet());
            missing.removeAll(patterns.keySet());
            // A regional variant without strings of its own: say which parent's (or English) it shows.
            boolean fellBack = chain.size() > 1 && !found.contains(locale.tag()) && !notInSite.isEmpty();
            if (fellBack) {
                warnFallback(locale, chain, found, themeLayers, site, diagnostics);
            }
            if (!missing.isEmpty() && !(fellBack && found.isEmpty())) {
                String where = site == null ? "locales/" + locale.tag() + "/ui.json" : site.displayPath();
                diagnostics.warning("UI002", SourcePosition.ofFile(where), missing.size() + " interface string(s) missing for `"
                        + locale.tag() + "`, shown in English: " + String.join(", ", missing),
                        "add them to " + where + "; the theme's i18n/en.json lists every key");
            }
            result.put(locale.tag(), new Messages(locale, patterns, fallback));
        }
        return result;
    }

    /**
     * The theme has no strings of the language's own: say where its interface text comes from
     * instead, and that a bundle of the bare language in another script was passed over.
     */
    private static void warnFallback(LocaleInfo locale, List<String> chain, List<String> found,
                                     Map<String, Map<String, String>> themeLayers, BundleText site, Diagnostics diagnostics) {
        String tag = locale.tag();
        String parents = " or its parents in CLDR (" + String.join(", ", chain.subList(1, chain.size())) + ")";
        String language = locale.locale().getLanguage();
        String passedOver = !chain.contains(language) && themeLayers.containsKey(language)
                ? "; the theme's `" + language + "` is not used: it is written in " + script(language) + ", `" + tag + "` in "
                        + script(tag)
                : "";
        String shown = found.isEmpty()
                ? (site == null ? "they are" : "those " + site.displayPath() + " lacks are") + " shown in English, the theme's default"
                : "they come from `" + found.get(0) + "`";
        diagnostics.warning("UI007", SourcePosition.ofFile(site == null ? "locales/" + tag + "/ui.json" : site.displayPath()),
                "the theme has no interface strings for `" + tag + "`" + parents + "; " + shown + passedOver,
                "add themes/<theme>/i18n/" + tag + ".json (or one for a parent), or translate every key in locales/" + tag
                        + "/ui.json; the theme's i18n/en.json lists every key");
    }

    private static String script(String tag) {
        return ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getDisplayScript(ULocale.ENGLISH);
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
