package org.moocbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.build.BuildResult;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.testing.CourseFiles;

class ThemeTest {

    @TempDir
    Path dir;

    private BuildResult build(String changes) {
        return CourseFiles.build(dir, changes);
    }

    @Test
    void aSiteOverridesOneTemplateAndKeepsTheRestOfTheBuiltInTheme() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [ar]
                theme: civic
                -- themes/civic/templates/404.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <h1>Lost? ${msg("notFound.back")}</h1>
                </@layout.shell>
                -- themes/civic/assets/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """);
        assertEquals(List.of(), result.diagnostics().sorted());
        assertTrue(Files.readString(dir.resolve("site-out/404.html")).contains("<h1>Lost? Go to the list of languages</h1>"));
        assertTrue(Files.readString(dir.resolve("site-out/en/course-a/basics/first.html")).contains("<article class=\"lesson\">"));
        assertTrue(Files.isRegularFile(dir.resolve("site-out/assets/site.css")));
        assertTrue(Files.isRegularFile(dir.resolve("site-out/assets/logo.svg")));
    }

    @Test
    void aSiteBundleOverridesSingleInterfaceStrings() throws IOException {
        BuildResult result = build("""
                -- locales/ar/ui.json --
                { "nav.home": "البوابة" }
                """);
        assertEquals(List.of(), result.diagnostics().sorted());
        String page = Files.readString(dir.resolve("site-out/ar/course-a/basics/first.html"));
        assertTrue(page.contains(">البوابة</a>"), page);
        assertTrue(page.contains("الانتقال إلى المحتوى الرئيسي"), "other strings still come from the theme");
    }

    @Test
    void aLanguageTheThemeDoesNotSpeakFallsBackToEnglishWithAWarning() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                locales: [sw]
                """);
        assertTrue(result.written());
        assertEquals(1, result.diagnostics().sorted().size());
        assertTrue(result.diagnostics().sorted().get(0).format().startsWith(
                "locales/sw/ui.json: warning[UI002]: 71 interface string(s) missing for `sw`, shown in English: "));
        assertTrue(Files.readString(dir.resolve("site-out/sw/index.html")).contains("<html lang=\"sw\" dir=\"ltr\">"));
    }

    @Test
    void anUnknownThemeIsAnError() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                theme: nowhere
                """);
        assertFalse(result.written());
        assertEquals("THM001", result.diagnostics().sorted().get(0).code());
    }

    @Test
    void aSiteThemeBundleOverridesTheBuiltInOneKeyByKey() throws IOException {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                theme: civic
                -- themes/civic/i18n/en.json --
                { "nav.home": "Portal" }
                """);
        assertEquals(List.of(), result.diagnostics().sorted());
        String page = Files.readString(dir.resolve("site-out/en/course-a/basics/first.html"));
        assertTrue(page.contains(">Portal</a>"), page);
        assertTrue(page.contains("Skip to main content"), "the other strings still come from the built-in theme");
    }

    @Test
    void aThemeCannotRunCommandsOrReachJavaThroughItsTemplates() throws IOException {
        Path marker = dir.resolve("ran");
        BuildResult result = buildWithHostile404("""
                <#assign ex="freemarker.template.utility.Execute"?new()>${ex("touch %s")}""".formatted(marker));
        assertFalse(result.written());
        assertFalse(Files.exists(marker), "the command must not run");
        Diagnostic refused = result.diagnostics().sorted().get(0);
        assertEquals("THM003", refused.code());
        assertEquals("themes/hostile/templates/404.ftlh", refused.position().file());
        assertTrue(refused.message().contains("freemarker.template.utility.Execute"), refused.message());
    }

    @Test
    void aThemeCannotUseTheApiBuiltInToReachTheObjectsBehindItsVariables() throws IOException {
        BuildResult result = buildWithHostile404("${page?api.getClass().getName()}");
        assertFalse(result.written());
        assertEquals("THM003", result.diagnostics().sorted().get(0).code());
    }

    @Test
    void aThemeCannotReachJavaThroughTheMethodsOfTheRecordsItReads() throws IOException {
        // The view records are read through tables of their fields; what is not in them (getClass,
        // say) is left to FreeMarker's own model, which exposes only what a view record declares.
        for (String reach : List.of("${page.getClass().getClassLoader()}", "${page.class.classLoader}",
                // FreeMarker's own policy let these through: the first wrote where the jar lies.
                "${page.siteTitle.getClass().getProtectionDomain()}", "${page.getClass().getName()}")) {
            BuildResult result = buildWithHostile404(reach);
            assertFalse(result.written(), reach);
            assertEquals("THM003", result.diagnostics().sorted().get(0).code(), reach);
        }
    }

    /** A site whose theme, "hostile", has only a 404 template: {@code template}. */
    private BuildResult buildWithHostile404(String template) {
        return build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                theme: hostile
                -- themes/hostile/templates/404.ftlh --
                %s
                """.formatted(template));
    }

    @Test
    void aHandlerOrInlineScriptOrDataAddressThatReachesAPageIsReportedByTheChecks() {
        BuildResult result = build("""
                -- content/site.yml --
                title: Test Academy
                sourceLocale: en
                theme: loud
                -- themes/loud/templates/404.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.shell>
                <h1 onclick="track()">Lost</h1><a href="javascript:void(0)">back</a><script>track()</script>
                <link rel="icon" href="data:text/html,<script>track()</script>">
                </@layout.shell>
                """);
        assertTrue(result.written());
        // The layout's empty icon (data:,) is not reported; an icon with content in its data address is.
        assertEquals(List.of("SAFE001", "SAFE001", "SAFE001", "SAFE001"), result.checks().stream().map(Diagnostic::code).toList(),
                result.checks().toString());
    }
}
