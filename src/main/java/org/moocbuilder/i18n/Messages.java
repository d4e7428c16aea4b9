package org.moocbuilder.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's interface strings for one language, in ICU MessageFormat, so plurals read right
 * in every language ({@code {count, plural, one {# lesson} other {# lessons}}}). Safe to share
 * between threads: ICU's formatters are not, so each key's is made once and used by one thread
 * at a time.
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
    /**
     * Messages whose arguments are all numbers ("Lesson 3 of 9", "12 minutes"), formatted once per
     * key and numbers: a module's pages repeat them, and ICU's formatting was 2% of a large build.
     * Numbers on a page are few (positions, counts, minutes); past {@link #NUMBERED_LIMIT} entries
     * a message is formatted each time, so the memory stays bounded whatever the course.
     */
    private final Map<Call, String> withNumbers = new ConcurrentHashMap<>();
    private static final int NUMBERED_LIMIT = 4096;
    /**
     * Each key's parsed pattern. Messages with text arguments (a title, a language's name) are
     * formatted on every page; parsing the pattern and making its number formats each time was
     * 1,250 formatters for a 612-page site.
     */
    private final Map<String, MessageFormat> formatters = new ConcurrentHashMap<>();

    private record Call(String key, Map<String, Object> arguments) {
    }

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
        if (!allNumbers(arguments)) {
            return formatNow(key, arguments);
        }
        Call call = new Call(key, Map.copyOf(arguments));
        String formatted = withNumbers.get(call);
        if (formatted == null) {
            formatted = formatNow(key, arguments);
            if (withNumbers.size() < NUMBERED_LIMIT) {
                withNumbers.put(call, formatted);
            }
        }
        return formatted;
    }

    private static boolean allNumbers(Map<String, Object> arguments) {
        for (Object value : arguments.values()) {
            if (!(value instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    private String formatNow(String key, Map<String, Object> arguments) {
        String pattern = patterns.get(key);
        if (pattern == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("no UI message `" + key + "` in the theme");
            }
            return fallback.format(key, arguments);
        }
        MessageFormat formatter = formatters.computeIfAbsent(key, k -> new MessageFormat(pattern, locale.locale()));
        synchronized (formatter) {
            return formatter.format(arguments);
        }
    }

    public String format(String key) {
        return format(key, Map.of());
    }
}
