package org.moocbuilder.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The default theme's stylesheet meets WCAG 2.2 AA contrast in light and dark mode and mirrors for right-to-left. */
class StylesheetTest {

    private static final Path CSS = Path.of("themes/default/assets/site.css");
    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    /** Text colours and the backgrounds they are shown on. */
    private static final List<String[]> TEXT_PAIRS = List.of(
            new String[] {"text", "bg"}, new String[] {"text", "surface"}, new String[] {"text-muted", "bg"},
            new String[] {"text-muted", "surface"}, new String[] {"link", "bg"}, new String[] {"link", "surface"},
            new String[] {"bg", "link"});
    /** Non-text elements (focus ring, borders of callouts) need 3:1 against the background. */
    private static final List<String[]> GRAPHIC_PAIRS = List.of(
            new String[] {"focus", "bg"}, new String[] {"border", "bg"}, new String[] {"note", "surface"},
            new String[] {"tip", "surface"}, new String[] {"warning", "surface"}, new String[] {"caution", "surface"});

    private static String css() throws IOException {
        return Files.readString(CSS);
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> colours = new HashMap<>();
        Matcher m = VARIABLE.matcher(block);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    @Test
    void textHasAtLeastFourPointFiveToOneContrastInLightAndDarkMode() throws IOException {
        String css = css();
        String light = css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
        int darkStart = css.indexOf(":root {", css.indexOf("prefers-color-scheme: dark"));
        String dark = css.substring(darkStart, css.indexOf("}", darkStart));
        for (Map<String, String> scheme : List.of(variables(light), variables(dark))) {
            check(scheme, TEXT_PAIRS, 4.5);
            check(scheme, GRAPHIC_PAIRS, 3.0);
        }
    }

    private static void check(Map<String, String> scheme, List<String[]> pairs, double minimum) {
        for (String[] pair : pairs) {
            double ratio = contrast(scheme.get(pair[0]), scheme.get(pair[1]));
            assertTrue(ratio >= minimum, pair[0] + " on " + pair[1] + " is " + ratio + ":1");
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance as WCAG 2.2 defines it. */
    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    @Test
    void usesLogicalPropertiesSoRightToLeftPagesMirror() throws IOException {
        Matcher physical = Pattern.compile("(?<![-\\w])(margin|padding|border)-(left|right)|(?<![-\\w])(left|right)\\s*:"
                + "|float\\s*:\\s*(left|right)|text-align\\s*:\\s*(left|right)").matcher(css());
        assertFalse(physical.find(), () -> "physical direction in site.css: " + physical.group());
    }

    @Test
    void hasVisibleFocusDarkModeAndAPrintStylesheet() throws IOException {
        String css = css();
        assertTrue(css.contains(":focus-visible { outline: 3px solid var(--focus)"));
        Matcher hidden = Pattern.compile("([^{}]+)\\{[^}]*outline:\\s*(none|0)\\b").matcher(css);
        while (hidden.find()) {
            // Only the main region, which receives focus from the skip link, may go without a ring.
            assertTrue(hidden.group(1).strip().equals("main:focus"), "focus ring removed for " + hidden.group(1).strip());
        }
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
    }
}
