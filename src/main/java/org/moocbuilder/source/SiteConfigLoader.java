package org.moocbuilder.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.moocbuilder.config.CheckSettings;
import org.moocbuilder.config.LocaleCodes;
import org.moocbuilder.config.SiteConfig;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** Reads {@code site.yml}, checking every locale code against ICU's language list. */
public final class SiteConfigLoader {

    static final List<String> KEYS = List.of("title", "sourceLocale", "locales", "theme", "baseUrl", "options", "checks");
    static final List<String> CHECK_KEYS = List.of("pageBudgetKb", "localeBudgetKb", "severity");
    static final List<String> OPTION_KEYS = List.of("allowRawHtml", "showFuzzy", "offlinePackages");

    private final SourceReader reader;

    public SiteConfigLoader(SourceReader reader) {
        this.reader = reader;
    }

    public Optional<SiteConfig> load(Path siteYml, Diagnostics diagnostics) {
        String shown = reader.displayPath(siteYml);
        if (!Files.isRegularFile(siteYml)) {
            diagnostics.error("CFG001", SourcePosition.ofFile(shown), "site.yml is missing",
                    "create it with at least `title:` and `sourceLocale:`; see docs/content-model.md");
            return Optional.empty();
        }
        Optional<YamlDocument> parsed = reader.readYaml(siteYml, diagnostics);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument yaml = parsed.get();
        yaml.warnUnknownKeys(KEYS, "CFG002", diagnostics);

        Optional<String> title = yaml.text("title", diagnostics);
        if (title.isEmpty()) {
            diagnostics.error("CFG003", yaml.start(), "site.yml has no `title`", "add `title: Name of your site`");
        }
        String source = yaml.text("sourceLocale", diagnostics).orElse("en");
        boolean localesValid = checkLocale(source, yaml.positionOf("sourceLocale"), diagnostics);
        Set<String> targets = new LinkedHashSet<>();
        for (String tag : yaml.textList("locales", diagnostics)) {
            localesValid &= checkLocale(tag, yaml.positionOf("locales"), diagnostics);
            if (!tag.equals(source) && !targets.add(tag)) {
                diagnostics.warning("CFG005", yaml.positionOf("locales"), "locale `" + tag + "` is listed twice", null);
            }
        }
        String theme = yaml.text("theme", diagnostics).orElse("default");
        Optional<String> baseUrl = yaml.text("baseUrl", diagnostics).map(SiteConfigLoader::withTrailingSlash);
        baseUrl.filter(url -> !url.startsWith("https://") && !url.startsWith("http://")).ifPresent(url ->
                diagnostics.error("CFG006", yaml.positionOf("baseUrl"), "baseUrl must start with https:// or http://",
                        "write the full public address, for example `baseUrl: https://example.org/course/`"));
        boolean allowRawHtml = false;
        boolean showFuzzy = false;
        boolean offlinePackages = false;
        Optional<YamlDocument> options = yaml.mapping("options", diagnostics);
        if (options.isPresent()) {
            options.get().warnUnknownKeys(OPTION_KEYS, "CFG002", diagnostics);
            allowRawHtml = options.get().flag("allowRawHtml", diagnostics).orElse(false);
            showFuzzy = options.get().flag("showFuzzy", diagnostics).orElse(false);
            offlinePackages = options.get().flag("offlinePackages", diagnostics).orElse(false);
        }
        CheckSettings checks = checks(yaml, diagnostics);
        if (title.isEmpty() || !localesValid) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), source, new ArrayList<>(targets), theme, baseUrl, allowRawHtml,
                showFuzzy, offlinePackages, checks, yaml.fieldPositions()));
    }

    private static CheckSettings checks(YamlDocument yaml, Diagnostics diagnostics) {
        Optional<YamlDocument> checks = yaml.mapping("checks", diagnostics);
        if (checks.isEmpty()) {
            return CheckSettings.DEFAULTS;
        }
        checks.get().warnUnknownKeys(CHECK_KEYS, "CFG002", diagnostics);
        Map<String, String> severity = new TreeMap<>();
        checks.get().mapping("severity", diagnostics).ifPresent(rules -> {
            for (String code : rules.keys()) {
                String level = rules.text(code, diagnostics).orElse("");
                if (!List.of("error", "warning", "off").contains(level)) {
                    diagnostics.error("CFG008", rules.start(), "severity of `" + code + "` must be error, warning or off, not `"
                            + level + "`", null);
                } else {
                    severity.put(code, level);
                }
            }
        });
        return new CheckSettings(checks.get().positiveInt("pageBudgetKb", diagnostics).orElse(14),
                checks.get().positiveInt("localeBudgetKb", diagnostics), severity);
    }

    private static boolean checkLocale(String tag, SourcePosition at, Diagnostics diagnostics) {
        if (LocaleCodes.isKnown(tag)) {
            return true;
        }
        diagnostics.error("CFG004", at, "unknown locale code `" + tag + "`",
                "use a BCP 47 language tag such as `fr`, `ar`, `zh` or `pt-BR` (a hyphen, not an underscore)");
        return false;
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
