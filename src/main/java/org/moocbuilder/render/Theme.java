package org.moocbuilder.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;
import org.moocbuilder.i18n.UiBundles;

/**
 * A theme: FreeMarker templates, static assets and default UI strings. A site's
 * {@code themes/<name>/} may hold any subset of these files; everything it lacks comes from the
 * default theme packaged in the jar, so a course folder needs no theme at all.
 */
public final class Theme {

    /** Every template the build renders; a theme may override any of them. */
    public static final List<String> TEMPLATES = List.of("layout.ftlh", "index.ftlh", "home.ftlh", "course.ftlh",
            "module.ftlh", "lesson.ftlh", "course-nav.ftlh", "404.ftlh", "report.ftlh");

    private static final String BUILT_IN = "/theme/default/";
    private static final List<String> BUILT_IN_ASSETS = List.of("site.css", "quiz.js");
    /** The script only LMS packages hold: the site never loads it, so it is not among the site's assets. */
    public static final String PACKAGE_SCRIPT = "scorm.js";

    private final Configuration freemarker;
    private final Path siteThemeDir;
    private final String shownThemeDir;

    private Theme(Configuration freemarker, Path siteThemeDir, String shownThemeDir) {
        this.freemarker = freemarker;
        this.siteThemeDir = siteThemeDir;
        this.shownThemeDir = shownThemeDir;
    }

    /**
     * Loads the theme named in site.yml and compiles every template once, reporting syntax
     * errors at the template's file and line.
     */
    public static Optional<Theme> load(Path themesDir, String name, String shownThemesDir, Diagnostics diagnostics) {
        Path dir = themesDir.resolve(name);
        String shown = shownThemesDir + "/" + name;
        if (!Files.isDirectory(dir) && !name.equals("default")) {
            diagnostics.error("THM001", SourcePosition.ofFile("content/site.yml"), "theme `" + name + "` not found in "
                    + shownThemesDir + "/", "create " + shown + "/ or remove `theme:` to use the built-in default theme");
            return Optional.empty();
        }
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (Files.isDirectory(dir.resolve("templates"))) {
                loaders.add(new FileTemplateLoader(dir.resolve("templates").toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN + "templates"));

        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        config.setDefaultEncoding("UTF-8");
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        // A theme is not trusted to run code: ?new may create no class (freemarker.template.utility.Execute
        // would run shell commands), ?api is off, and templates can neither read nor include files
        // outside the theme folders (the loaders refuse paths that leave them and symbolic links).
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        // The view records are read through tables of their fields, not reflection (ViewFields).
        config.setObjectWrapper(new ViewWrapper(wrapperSettings()));

        Theme theme = new Theme(config, dir, shown);
        boolean valid = true;
        for (String template : TEMPLATES) {
            valid &= theme.compile(template, diagnostics);
        }
        return valid ? Optional.of(theme) : Optional.empty();
    }

    /**
     * How templates see Java objects: a record's accessors as {@code x.title} and {@code x.title()},
     * no public fields, and no method a view record does not declare itself.
     */
    static DefaultObjectWrapperBuilder wrapperSettings() {
        DefaultObjectWrapperBuilder settings = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        settings.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        settings.setExposeFields(false);
        settings.setMemberAccessPolicy(new ViewsOnlyAccess());
        return settings;
    }

    private boolean compile(String template, Diagnostics diagnostics) {
        try {
            freemarker.getTemplate(template);
            return true;
        } catch (ParseException e) {
            diagnostics.error("THM002", SourcePosition.at(templatePath(template), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax error: " + firstLine(e.getEditorMessage()),
                    "fix the template, or delete it to use the default theme's");
            return false;
        } catch (TemplateNotFoundException e) {
            throw new IllegalStateException("built-in template missing: " + template, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + template, e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    /** Where a template comes from, as shown to users: the site's theme folder or the built-in theme. */
    public String templatePath(String template) {
        if (Files.isRegularFile(siteThemeDir.resolve("templates").resolve(template))) {
            return shownThemeDir + "/templates/" + template;
        }
        return "(built-in theme)/templates/" + template;
    }

    Configuration freemarker() {
        return freemarker;
    }

    /**
     * The theme's static files by name (the site theme's own, then the built-in ones it lacks),
     * without the LMS packages' script, which the site never loads.
     */
    public TreeMap<String, byte[]> assets() {
        TreeMap<String, byte[]> assets = new TreeMap<>();
        for (String name : BUILT_IN_ASSETS) {
            assets.put(name, builtIn("assets/" + name));
        }
        Path own = siteThemeDir.resolve("assets");
        if (Files.isDirectory(own)) {
            try (Stream<Path> files = Files.walk(own)) {
                // A link is never followed: a theme may not publish a file from outside its folder.
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                    String name = own.relativize(file).toString().replace('\\', '/');
                    if (!name.equals(PACKAGE_SCRIPT)) {
                        assets.put(name, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme assets in " + own, e);
            }
        }
        return assets;
    }

    /**
     * The script of LMS package pages ({@link #PACKAGE_SCRIPT}): the site theme's own
     * {@code assets/scorm.js}, else the built-in one.
     */
    public byte[] packageScript() {
        Path own = siteThemeDir.resolve("assets").resolve(PACKAGE_SCRIPT);
        if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Files.readAllBytes(own);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + own, e);
            }
        }
        return builtIn("assets/" + PACKAGE_SCRIPT);
    }

    /**
     * The theme's UI strings for exactly this language tag ({@code i18n/<tag>.json}): the
     * built-in default's, then the site theme's on top, key by key. Returns the bundles in that
     * order; empty when neither has the tag. Falling back to a parent language is the caller's
     * (along CLDR's chain: a bare {@code zh} is not {@code zh-TW}'s parent).
     */
    public List<UiBundles.BundleText> messages(String tag) {
        String name = "i18n/" + tag + ".json";
        List<UiBundles.BundleText> layers = new ArrayList<>();
        if (Theme.class.getResource(BUILT_IN + name) != null) {
            layers.add(new UiBundles.BundleText("(built-in theme)/" + name, new String(builtIn(name), StandardCharsets.UTF_8)));
        }
        Path own = siteThemeDir.resolve(name);
        if (Files.isRegularFile(own)) {
            try {
                layers.add(new UiBundles.BundleText(shownThemeDir + "/" + name, Files.readString(own, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + own, e);
            }
        }
        return layers;
    }

    private static byte[] builtIn(String name) {
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in theme file missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
