package org.moocbuilder.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's interface strings for one language, in ICU MessageFormat, so plurals read right
 * in every language ({@code {count, plural, one {# lesson} other {# lessons}}}). Immutable and
 * safe to share between threads: a formatter is made per call because ICU's are not.
 */
public final class Messages {

    private final LocaleInfo locale;
    private final Map<String, String> patterns;
    private final Messages fallback;
    /**
     * Messages without arguments (most labels), formatted once: every page prints them, and
     * parsing the pattern again each time was a few percent of a large build.
     */
    private final Map<String, String> withoutArguments = new ConcurrentHashMap<>();

    Messages(LocaleInfo locale, Map<String, String> patterns, Messages fallback) {
        this.locale = locale;
        this.patterns = Map.copyOf(patterns);
        this.fallback = fallback;
    }

    public LocaleInfo locale() {
        return locale;
    }

    /** Every key the theme defines (its English bundle), sorted. */
    public List<String> themeKeys() {
        return (fallback == null ? patterns : fallback.patterns).keySet().stream().sorted().toList();
    }

    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** Formats a message; a key this language lacks comes from the fallback (the theme's English). */
    public String format(String key, Map<String, Object> arguments) {
        if (arguments.isEmpty()) {
            String formatted = withoutArguments.get(key);
            if (formatted == null) {
                formatted = formatNow(key, arguments);
                withoutArguments.put(key, formatted);
            }
            return formatted;
        }
        return formatNow(key, arguments);
    }

    private String formatNow(String key, Map<String, Object> arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("no UI message `" + key + "` in the theme");
            }
            return fallback.format(key, arguments);
        }
        return new MessageFormat(pattern, locale.locale()).format(arguments);
    }

    public String format(String key) {
        return format(key, Map.of());
    }
}
