package org.moocbuilder.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocbuilder.content.Course;
import org.moocbuilder.content.Module;
import org.moocbuilder.content.Site;
import org.moocbuilder.content.Asset;
import org.moocbuilder.content.SitePath;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.i18n.Formats;
import org.moocbuilder.i18n.LocaleInfo;
import org.moocbuilder.i18n.Messages;
import org.moocbuilder.output.OutputFile;
import org.moocbuilder.translate.Coverage;
import org.moocbuilder.translate.AssetPlacement;
import org.moocbuilder.translate.LocaleTranslation;
import org.moocbuilder.translate.PageCoverage;

/** The translation report for course coordinators ({@code _reports/translation.html}), in the source language. */
final class TranslationReport {

    static final String PATH = "_reports/translation.html";

    private TranslationReport() {
    }

    static Optional<OutputFile> render(Site site, PageViews views, List<Coverage.LocaleCoverage> coverage,
                                       Map<String, LocaleTranslation> translations, PageRenderer renderer,
                                       Diagnostics diagnostics) {
        Formats formats = new Formats(views.locale());
        Map<String, String> titles = titles(site);
        Map<String, Asset> diagrams = new HashMap<>();
        site.courses().forEach(course -> course.assets().forEach(asset -> diagrams.put(asset.outputPath(), asset)));
        Messages m = views.messages();
        List<Views.ReportLocale> locales = new ArrayList<>();
        for (Coverage.LocaleCoverage language : coverage) {
            LocaleInfo info = views.language(language.locale());
            List<Views.ReportCourse> courses = new ArrayList<>();
            for (Coverage.CourseCoverage course : language.courses()) {
                List<Views.ReportRow> rows = new ArrayList<>();
                translations.get(language.locale()).coverage().stream().filter(p -> p.course().equals(course.course()))
                        .forEach(p -> rows.add(new Views.ReportRow(titles.getOrDefault(p.outputPath(), fileName(p.outputPath())),
                                SitePath.relative(PATH, shownAt(p.outputPath(), diagrams.get(p.outputPath()),
                                        translations.get(language.locale()))),
                                formats.percent(p.count().percent()), p.count(), adaptationLabel(p, m))));
                courses.add(new Views.ReportCourse(course.title(), formats.percent(course.count().percent()), rows));
            }
            String adaptations = language.adaptations() == 0 ? "" : language.adaptations()
                    + (language.staleAdaptations() == 0 ? "" : " (" + language.staleAdaptations() + " "
                    + m.format("report.adaptationStale") + ")");
            locales.add(new Views.ReportLocale(info.tag(), info.dir(), info.autonym(),
                    formats.percent(language.count().percent()), language.count(),
                    language.ui().translated() + "/" + language.ui().total(), String.join(", ", language.ui().missing()),
                    adaptations, courses));
        }
        LocaleInfo source = views.locale();
        Views.PageView page = new Views.PageView("report", source.tag(), source.dir(), m.format("report.title") + " · "
                + site.config().title(), views.siteText(site.config().title()), "../", "../assets/site.css",
                "../index.html", List.of(), List.of(), null, source.tag(), null, null, null, null, null);
        return renderer.render("report.ftlh", page, Map.of("report", locales), m, diagnostics)
                .map(bytes -> OutputFile.of(PATH, bytes));
    }

    private static Map<String, String> titles(Site site) {
        Map<String, String> titles = new HashMap<>();
        titles.put("index.html", site.config().title());
        for (Course course : site.courses()) {
            titles.put(course.outputPath(), course.config().title());
            for (Module module : course.modules()) {
                titles.put(module.outputPath(), module.title());
                module.lessons().forEach(l -> titles.put(l.outputPath(), l.title()));
            }
        }
        return titles;
    }

    /** Where a row's page, or diagram, is published for {@code translation}'s language. */
    private static String shownAt(String outputPath, Asset diagram, LocaleTranslation translation) {
        return diagram == null ? translation.locale().tag() + "/" + outputPath : AssetPlacement.publishedAt(translation, diagram);
    }

    /** A row that is not a page (an SVG diagram's text) is named by its file. */
    private static String fileName(String outputPath) {
        return outputPath.substring(outputPath.lastIndexOf('/') + 1);
    }

    private static String adaptationLabel(PageCoverage page, Messages m) {
        String state = switch (page.adaptation()) {
            case NONE -> "";
            case CURRENT -> m.format("report.adaptationCurrent");
            case STALE -> m.format("report.adaptationStale");
        };
        return page.segmentsIgnored() ? state + "; " + m.format("report.segmentsIgnored") : state;
    }
}
