package org.moocbuilder.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.moocbuilder.diag.Diagnostics;

/** The default theme's English messages, read from the repository, for stage tests. */
public final class TestMessages {

    private TestMessages() {
    }

    public static Messages english() {
        try {
            String json = Files.readString(Path.of("themes/default/i18n/en.json"));
            return UiBundles.build(List.of(LocaleInfo.of("en")), Map.of("en", List.of(new UiBundles.BundleText("en.json", json))), Map.of(),
                    new Diagnostics()).get("en");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
