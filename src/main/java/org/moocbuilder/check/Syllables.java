package org.moocbuilder.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts written syllables per language, by rule (see docs/checks.md for the error to expect):
 * vowel letters in Russian (exact), vowel nuclei with diphthong and hiatus rules in Spanish,
 * Italian and Portuguese, vowel groups with diphthong lists in German, vowel groups with a
 * silent final e in French and English.
 */
final class Syllables {

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern SILENT_U = Pattern.compile("(?<=[qg])u(?=[eiéí])");

    private static final Set<String> GERMAN_DIPHTHONGS = Set.of("ai", "au", "ei", "eu", "äu", "ie", "aa", "ee", "oo");

    private Syllables() {
    }

    static int count(String word, String language) {
        String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return 0;
        }
        int count = switch (language) {
            case "ru", "uk", "be" -> (int) w.chars().filter(c -> "аеёиоуыэюяіїє".indexOf(c) >= 0).count();
            case "es", "it", "pt" -> romance(w);
            case "de" -> german(w);
            case "fr" -> french(w);
            default -> english(w);
        };
        return Math.max(1, count);
    }

    private static int english(String w) {
        int groups = groups(w, "aeiouy");
        if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
            groups--;
        } else if (w.endsWith("le") && w.length() > 2 && "aeiouy".indexOf(w.charAt(w.length() - 3)) >= 0 && groups > 1) {
            groups--;
        }
        if (w.endsWith("ed") && w.length() > 3 && "td".indexOf(w.charAt(w.length() - 3)) < 0 && groups > 1) {
            groups--;
        }
        return groups;
    }

    private static int french(String w) {
        int groups = groups(w, "aeiouyàâäéèêëîïôöûùüÿœæ");
        if ((w.endsWith("e") || w.endsWith("es")) && groups > 1) {
            groups--;
        }
        return groups;
    }

    /** Spanish, Italian and Portuguese: two strong vowels are two syllables; a weak vowel joins its neighbour. */
    private static int romance(String w) {
        String text = SILENT_U.matcher(w).replaceAll("");
        String strong = "aeoáéóàèòâêôãõíúìù";
        String vowels = strong + "iuü";
        int count = 0;
        char previous = 0;
        for (char c : text.toCharArray()) {
            boolean vowel = vowels.indexOf(c) >= 0;
            if (vowel) {
                boolean previousVowel = previous != 0 && vowels.indexOf(previous) >= 0;
                boolean hiatus = previousVowel && strong.indexOf(c) >= 0 && strong.indexOf(previous) >= 0;
                if (!previousVowel || hiatus) {
                    count++;
                }
            }
            previous = c;
        }
        return count;
    }

    private static int german(String w) {
        String vowels = "aeiouyäöü";
        int count = 0;
        int i = 0;
        while (i < w.length()) {
            if (vowels.indexOf(w.charAt(i)) < 0) {
                i++;
                continue;
            }
            count++;
            if (i + 1 < w.length() && GERMAN_DIPHTHONGS.contains(w.substring(i, i + 2))) {
                i += 2;
            } else {
                i++;
            }
        }
        return count;
    }

    private static int groups(String w, String vowels) {
        int groups = 0;
        boolean inVowel = false;
        for (char c : w.toCharArray()) {
            boolean vowel = vowels.indexOf(c) >= 0;
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }
}
