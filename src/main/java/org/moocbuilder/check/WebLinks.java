package org.moocbuilder.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** {@code mooc check --external}: every web address the sources link to, fetched politely, results cached. */
public final class WebLinks {

    private WebLinks() {
    }

    /**
     * @param links     each address with the first place it is written
     * @param cacheFile where results are kept between runs (a week)
     */
    public static void check(Map<String, SourcePosition> links, Duration timeout, Path cacheFile, Diagnostics diagnostics)
            throws IOException {
        new ExternalLinkCheck(new ExternalLinkCheck.Settings(8, 2, timeout, 2, Duration.ofMillis(500), Duration.ofDays(7),
                cacheFile), Clock.systemUTC()).check(links, diagnostics);
    }
}
