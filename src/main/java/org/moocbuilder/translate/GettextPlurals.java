package org.moocbuilder.translate;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gettext {@code Plural-Forms} header for a language, derived from ICU's CLDR plural rules
 * instead of a hand-kept table: categories in CLDR order (zero, one, two, few, many, other),
 * each rule turned into a C expression over the integer {@code n}.
 */
public final class GettextPlurals {

    private static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");
    private static final Pattern NPLURALS = Pattern.compile("nplurals\\s*=\\s*(\\d+)");
    private static final Pattern RELATION =
            Pattern.compile("([nivwftce])(?:\\s*%\\s*(\\d+))?\\s*(!=|=|not in|in|is not|is|within)\\s*(.+)");

    private GettextPlurals() {
    }

    /** The categories of the language in CLDR order; gettext's plural index is the position in this list. */
    public static List<String> categories(ULocale locale) {
        return List.copyOf(rules(locale).keySet());
    }

    public static String header(ULocale locale) {
        Map<String, String> rules = rules(locale);
        List<String> names = new ArrayList<>(rules.keySet());
        StringBuilder expression = new StringBuilder();
        for (int i = 0; i < names.size() - 1; i++) {
            expression.append('(').append(toC(rules.get(names.get(i)))).append(") ? ").append(i).append(" : ");
        }
        expression.append(names.size() - 1);
        return "nplurals=" + names.size() + "; plural=" + expression + ";";
    }

    /**
     * The number of forms a {@code Plural-Forms} header declares, or -1 when it cannot be read:
     * no {@code nplurals}, or one too large to be a number of forms.
     */
    public static int declaredForms(String header) {
        Matcher m = NPLURALS.matcher(header);
        if (!m.find()) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    private static Map<String, String> rules(ULocale locale) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String part : PluralRules.forLocale(locale).toString().split(";")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String condition = part.substring(colon + 1);
            int samples = condition.indexOf('@');
            byName.put(part.substring(0, colon).strip(), (samples < 0 ? condition : condition.substring(0, samples)).strip());
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : ORDER) {
            if (byName.containsKey(name)) {
                ordered.put(name, byName.get(name));
            }
        }
        ordered.putIfAbsent("other", "");
        return ordered;
    }

    /** Translates a CLDR condition into C over an integer n (fraction operands are zero for integers). */
    static String toC(String condition) {
        if (condition.isBlank()) {
            return "1";
        }
        List<String> alternatives = new ArrayList<>();
        for (String and : condition.split("\\s+or\\s+")) {
            List<String> relations = new ArrayList<>();
            for (String relation : and.split("\\s+and\\s+")) {
                relations.add(relation(relation.strip()));
            }
            alternatives.add(String.join(" && ", relations));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(") || (", alternatives) + ")";
    }

    private static String relation(String relation) {
        Matcher m = RELATION.matcher(relation);
        if (!m.matches()) {
            throw new IllegalArgumentException("unsupported plural rule: " + relation);
        }
        boolean negated = m.group(3).equals("!=") || m.group(3).startsWith("not") || m.group(3).equals("is not");
        List<long[]> ranges = new ArrayList<>();
        for (String item : m.group(4).split(",")) {
            String[] bounds = item.strip().split("\\.\\.");
            ranges.add(new long[] {Long.parseLong(bounds[0]), Long.parseLong(bounds[bounds.length - 1])});
        }
        if (!m.group(1).equals("n") && !m.group(1).equals("i")) {
            // v, w, f, t, c and e are 0 for whole numbers, so the relation is decided here.
            boolean zeroMatches = ranges.stream().anyMatch(r -> r[0] <= 0 && 0 <= r[1]);
            return zeroMatches != negated ? "1" : "0";
        }
        String operand = m.group(2) == null ? "n" : "n % " + m.group(2);
        List<String> tests = new ArrayList<>();
        for (long[] range : ranges) {
            tests.add(range[0] == range[1] ? operand + " == " + range[0]
                    : "(" + operand + " >= " + range[0] + " && " + operand + " <= " + range[1] + ")");
        }
        String any = tests.size() == 1 ? tests.get(0) : "(" + String.join(" || ", tests) + ")";
        return negated ? "!(" + any + ")" : any;
    }
}
