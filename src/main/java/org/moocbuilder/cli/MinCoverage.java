package org.moocbuilder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moocbuilder.translate.Coverage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --min-coverage}: one share of words for every language ({@code 95}) or one per
 * language ({@code fr=100,zh=80}; languages not named are not checked).
 */
record MinCoverage(Double all, Map<String, Double> perLocale) {

    /** Languages named in the option that the report does not have (a typo must not pass a CI check). */
    List<String> unknownLocales(List<Coverage.LocaleCoverage> coverage) {
        List<String> known = coverage.stream().map(Coverage.LocaleCoverage::locale).toList();
        return perLocale.keySet().stream().filter(tag -> !known.contains(tag)).toList();
    }

    /** The languages below their minimum, each as a sentence. */
    List<String> failures(List<Coverage.LocaleCoverage> coverage) {
        List<String> failures = new ArrayList<>();
        for (Coverage.LocaleCoverage language : coverage) {
            Double minimum = perLocale.getOrDefault(language.locale(), all);
            if (minimum != null && language.count().percent() < minimum) {
                failures.add(String.format(Locale.ROOT, "%s is %.1f%% translated, below the minimum of %s%%",
                        language.locale(), language.count().percent(), format(minimum)));
            }
        }
        return failures;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static final class Converter implements ITypeConverter<MinCoverage> {
        @Override
        public MinCoverage convert(String value) {
            if (!value.contains("=")) {
                return new MinCoverage(percent(value), Map.of());
            }
            Map<String, Double> perLocale = new LinkedHashMap<>();
            for (String part : value.split(",")) {
                String[] pair = part.split("=", 2);
                if (pair.length != 2 || pair[0].isBlank()) {
                    throw new TypeConversionException("expected LANG=PERCENT, got '" + part + "'");
                }
                perLocale.put(pair[0].strip(), percent(pair[1]));
            }
            return new MinCoverage(null, perLocale);
        }

        private static double percent(String text) {
            try {
                double value = Double.parseDouble(text.strip().replace("%", ""));
                if (value < 0 || value > 100) {
                    throw new TypeConversionException("a percentage is between 0 and 100, got " + text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a percentage such as 95, got '" + text + "'");
            }
        }
    }
}
