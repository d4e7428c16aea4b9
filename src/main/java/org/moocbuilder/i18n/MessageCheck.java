package org.moocbuilder.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Checks a translated UI message against its English source with ICU's own parser: the same
 * placeholders, and every plural category CLDR requires for the language (Russian needs one,
 * few, many and other; Arabic zero, one, two, few, many and other).
 */
final class MessageCheck {

    private MessageCheck() {
    }

    static void check(String key, String pattern, String source, LocaleInfo locale, SourcePosition at, Diagnostics diagnostics) {
        if (source == null) {
            return;
        }
        MessagePattern translated = new MessagePattern(pattern);
        Set<String> want = argumentNames(new MessagePattern(source));
        Set<String> have = argumentNames(translated);
        if (!want.equals(have)) {
            diagnostics.error("UI005", at, "`" + key + "` has placeholders " + have + ", the English has " + want,
                    "use exactly the English placeholders; translate the words around them");
        }
        Set<String> required = new TreeSet<>(PluralRules.forLocale(locale.locale()).getKeywords());
        for (Set<String> selectors : pluralSelectors(translated)) {
            Set<String> missing = new TreeSet<>(required);
            missing.removeAll(selectors);
            if (!missing.isEmpty()) {
                diagnostics.warning("UI006", at, "`" + key + "` lacks the plural form(s) " + missing + " that `"
                        + locale.tag() + "` needs (CLDR: " + required + ")", "add a branch for each, e.g. `few {# ...}`");
            }
        }
    }

    private static Set<String> argumentNames(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** The selectors (one, few, =0 ...) of each plural argument, in order. */
    private static List<Set<String>> pluralSelectors(MessagePattern pattern) {
        List<Set<String>> all = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        selectors.add(pattern.getSubstring(inner));
                    } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j);
                    }
                }
                all.add(selectors);
            }
        }
        return all;
    }
}
