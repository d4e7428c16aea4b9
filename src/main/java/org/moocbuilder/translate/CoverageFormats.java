package org.moocbuilder.translate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Translation coverage as a terminal table and as JSON (the same figures the HTML report shows). */
public final class CoverageFormats {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageFormats() {
    }

    /** One line per language, then, with {@code detail}, its courses, modules and pages indented below. */
    public static String table(List<Coverage.LocaleCoverage> coverage, boolean detail) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-44s %7s %9s %9s %9s %11s  %s%n", "language / course / module / page",
                "words", "translated", "fuzzy", "missing", "segments", "notes"));
        for (Coverage.LocaleCoverage language : coverage) {
            String notes = "UI " + language.ui().translated() + "/" + language.ui().total()
                    + (language.adaptations() > 0 ? ", " + language.adaptations() + " adapted page(s)" : "")
                    + (language.staleAdaptations() > 0 ? ", " + language.staleAdaptations() + " stale" : "");
            row(out, language.locale() + " " + language.name(), language.count(), notes);
            if (!detail) {
                continue;
            }
            for (Coverage.CourseCoverage course : language.courses()) {
                row(out, "  " + course.course(), course.count(), "");
                for (Coverage.ModuleCoverage module : course.modules()) {
                    row(out, "    " + module.module(), module.count(), "");
                    for (PageCoverage page : module.pages()) {
                        row(out, "      " + page.outputPath().substring(page.outputPath().lastIndexOf('/') + 1),
                                page.count(), adaptation(page));
                    }
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, SegmentCount count, String notes) {
        out.append(String.format(Locale.ROOT, "%-44s %7d %8.1f%% %9d %9d %5d/%-5d  %s", shorten(name), count.words(),
                count.percent(), count.fuzzyWords(), count.missingWords(), count.translated(), count.segments(), notes)
                .stripTrailing()).append('\n');
    }

    private static String shorten(String name) {
        return name.length() > 44 ? name.substring(0, 43) + "…" : name;
    }

    private static String adaptation(PageCoverage page) {
        String state = switch (page.adaptation()) {
            case NONE -> "";
            case CURRENT -> "adapted";
            case STALE -> "adapted, STALE";
        };
        return page.segmentsIgnored() ? state + " (replaces translated segments)" : state;
    }

    public static String json(List<Coverage.LocaleCoverage> coverage) {
        List<Object> languages = new ArrayList<>();
        for (Coverage.LocaleCoverage language : coverage) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("locale", language.locale());
            entry.putAll(counts(language.count()));
            Map<String, Object> ui = new LinkedHashMap<>();
            ui.put("total", language.ui().total());
            ui.put("translated", language.ui().translated());
            ui.put("missing", language.ui().missing());
            entry.put("ui", ui);
            entry.put("adaptations", language.adaptations());
            entry.put("staleAdaptations", language.staleAdaptations());
            List<Object> courses = new ArrayList<>();
            for (Coverage.CourseCoverage course : language.courses()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("course", course.course());
                c.putAll(counts(course.count()));
                List<Object> modules = new ArrayList<>();
                for (Coverage.ModuleCoverage module : course.modules()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("module", module.module());
                    m.putAll(counts(module.count()));
                    List<Object> pages = new ArrayList<>();
                    for (PageCoverage page : module.pages()) {
                        Map<String, Object> p = new LinkedHashMap<>();
                        p.put("page", page.outputPath());
                        p.put("source", page.file());
                        p.putAll(counts(page.count()));
                        p.put("adaptation", page.adaptation().name().toLowerCase(Locale.ROOT));
                        p.put("segmentsIgnored", page.segmentsIgnored());
                        pages.add(p);
                    }
                    m.put("pages", pages);
                    modules.add(m);
                }
                c.put("modules", modules);
                courses.add(c);
            }
            entry.put("courses", courses);
            languages.add(entry);
        }
        try {
            return JSON.writeValueAsString(Map.of("locales", languages)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("coverage is plain data", e);
        }
    }

    private static Map<String, Object> counts(SegmentCount count) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("percent", Math.round(count.percent() * 10) / 10.0);
        map.put("words", count.words());
        map.put("translatedWords", count.translatedWords());
        map.put("fuzzyWords", count.fuzzyWords());
        map.put("missingWords", count.missingWords());
        map.put("segments", count.segments());
        map.put("translated", count.translated());
        map.put("fuzzy", count.fuzzy());
        map.put("missing", count.missing());
        return map;
    }
}
