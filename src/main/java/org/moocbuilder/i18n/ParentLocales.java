package org.moocbuilder.i18n;

import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CLDR's parent chain of a language, the order in which anything written per language (the
 * theme's interface strings) is looked for: {@code zh-TW} → {@code zh-Hant-TW} → {@code zh-Hant}
 * → root, never the Simplified {@code zh}; {@code en-AU} → {@code en-001} → {@code en};
 * {@code es-MX} → {@code es-419} → {@code es}.
 *
 * <p>Everything comes from ICU's copy of CLDR: the explicit parents of {@code supplementalData}'s
 * {@code parentLocales} table, and the likely scripts of {@code likelySubtags}, which give CLDR's
 * rule that a locale whose script is not its language's usual one has root as its parent
 * ({@code zh-Hant}, {@code sr-Latn}). ICU keeps its own walk of this chain internal.
 */
public final class ParentLocales {

    /** Where ICU4J keeps its data; the base name ICU's own resource lookups use. */
    private static final String ICU_DATA = "com/ibm/icu/impl/data/icudata";
    /** Child to parent, from CLDR's parentLocales (ICU lists only the parents other than root). */
    private static final Map<String, String> EXPLICIT = explicitParents();

    private ParentLocales() {
    }

    /**
     * The language itself, then its ancestors up to, not including, root. A tag written without
     * the script its region uses gets it first ({@code zh-TW} → {@code zh-Hant-TW}), as CLDR's
     * aliases do.
     */
    public static List<String> chain(String tag) {
        ULocale current = ULocale.forLanguageTag(tag);
        List<String> chain = new ArrayList<>(List.of(tag));
        if (current.getScript().isEmpty() && !current.getCountry().isEmpty()) {
            String script = likelyScript(current);
            if (!script.isEmpty() && !script.equals(likelyScript(new ULocale(current.getLanguage())))) {
                current = new ULocale.Builder().setLocale(current).setScript(script).build();
                chain.add(current.toLanguageTag());
            }
        }
        for (ULocale parent = parent(current); parent != null; parent = parent(parent)) {
            chain.add(parent.toLanguageTag());
        }
        return List.copyOf(chain);
    }

    /** CLDR's parent of a locale, or null for root. */
    static ULocale parent(ULocale locale) {
        String explicit = EXPLICIT.get(locale.getName());
        if (explicit != null) {
            return explicit.equals("root") ? null : new ULocale(explicit);
        }
        ULocale truncated = locale.getFallback();
        if (truncated == null || truncated.getName().isEmpty()) {
            return null;
        }
        boolean dropsScript = !locale.getScript().isEmpty() && truncated.getScript().isEmpty();
        if (dropsScript && !locale.getScript().equals(likelyScript(truncated))) {
            return null;
        }
        return truncated;
    }

    private static String likelyScript(ULocale locale) {
        return ULocale.addLikelySubtags(locale).getScript();
    }

    private static Map<String, String> explicitParents() {
        UResourceBundle table = UResourceBundle.getBundleInstance(ICU_DATA, "supplementalData", ULocale.class.getClassLoader())
                .get("parentLocales");
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < table.getSize(); i++) {
            UResourceBundle entry = table.get(i);
            String[] children = entry.getType() == UResourceBundle.ARRAY ? entry.getStringArray() : new String[]{entry.getString()};
            for (String child : children) {
                parents.put(child, entry.getKey());
            }
        }
        return Map.copyOf(parents);
    }
}
