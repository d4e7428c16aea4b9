package org.moocbuilder.check;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/**
 * Checks web addresses written in the course, only when asked ({@code --external}): offline
 * CI and costly bandwidth come first. Requests run with bounded concurrency overall and per
 * host, a timeout, retries with back-off for 429, 5xx and timeouts, and an on-disk cache whose
 * entries expire, so a second run costs nothing.
 */
final class ExternalLinkCheck {

    /** How hard to try. */
    record Settings(int concurrency, int perHost, Duration timeout, int retries, Duration backoff, Duration cacheFor,
                    Path cacheFile) {
    }

    /** What a URL answered: an HTTP status, or -1 for no answer. */
    record Outcome(int status, String location, Instant checkedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Settings settings;
    private final Clock clock;
    private final HttpClient client;

    ExternalLinkCheck(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void check(Map<String, SourcePosition> links, Diagnostics diagnostics) throws IOException {
        Map<String, Outcome> cache = readCache();
        Map<String, Outcome> results = new ConcurrentHashMap<>();
        Semaphore overall = new Semaphore(settings.concurrency());
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()));
        try {
            for (String url : links.keySet()) {
                Outcome cached = cache.get(url);
                if (cached != null && cached.checkedAt().plus(settings.cacheFor()).isAfter(clock.instant())) {
                    results.put(url, cached);
                    continue;
                }
                pool.submit(() -> {
                    String host = URI.create(url).getHost();
                    Semaphore perHost = hosts.computeIfAbsent(host == null ? "" : host, h -> new Semaphore(settings.perHost()));
                    try {
                        overall.acquire();
                        perHost.acquire();
                        try {
                            results.put(url, fetch(url));
                        } finally {
                            perHost.release();
                            overall.release();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        try {
            if (!pool.awaitTermination(links.size() * (settings.retries() + 1L) * settings.timeout().toMillis() + 60_000,
                    TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Outcome> kept = new TreeMap<>(cache);
        results.forEach((url, outcome) -> {
            if (outcome.status() > 0 && outcome.status() != 429 && outcome.status() < 500) {
                kept.put(url, outcome);
            }
            report(url, outcome, links.get(url), diagnostics);
        });
        writeCache(kept);
    }

    private Outcome fetch(String url) throws InterruptedException {
        Duration wait = settings.backoff();
        for (int attempt = 0; ; attempt++) {
            int status;
            String location = null;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("User-Agent", "MOOC Builder link check").build();
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                location = response.headers().firstValue("Location").orElse(null);
                if (status == 429) {
                    wait = retryAfter(response, wait);
                }
            } catch (IOException | IllegalArgumentException e) {
                status = -1;
            }
            boolean retry = status == -1 || status == 429 || status >= 500;
            if (!retry || attempt >= settings.retries()) {
                return new Outcome(status, location, clock.instant());
            }
            Thread.sleep(wait.toMillis());
            wait = wait.multipliedBy(2);
        }
    }

    private static Duration retryAfter(HttpResponse<Void> response, Duration fallback) {
        try {
            return response.headers().firstValue("Retry-After").map(Long::parseLong).map(Duration::ofSeconds)
                    .filter(d -> d.compareTo(Duration.ofSeconds(5)) <= 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void report(String url, Outcome outcome, SourcePosition at, Diagnostics diagnostics) {
        int status = outcome.status();
        if (status >= 200 && status < 300) {
            return;
        }
        if (status == 301 || status == 308) {
            diagnostics.warning("LINK008", at, "`" + url + "` has moved permanently to " + outcome.location(),
                    "update the link to the new address");
        } else if (status >= 300 && status < 400) {
            return;
        } else if (status == 404 || status == 410) {
            diagnostics.error("LINK006", at, "`" + url + "` answers " + status + " (not found)",
                    "fix or remove the link; the page may have moved");
        } else if (status > 0 && status < 500 && status != 429) {
            diagnostics.warning("LINK006", at, "`" + url + "` answers " + status, "check the link in a browser");
        } else {
            diagnostics.warning("LINK007", at, "`" + url + "` " + (status < 0 ? "did not answer" : "answers " + status)
                    + " after retries", "try again later; if it persists, the site may be gone");
        }
    }

    private Map<String, Outcome> readCache() throws IOException {
        if (settings.cacheFile() == null || !Files.isRegularFile(settings.cacheFile())) {
            return new TreeMap<>();
        }
        try {
            Map<String, Cached> stored = JSON.readValue(settings.cacheFile().toFile(), new TypeReference<Map<String, Cached>>() { });
            Map<String, Outcome> outcomes = new TreeMap<>();
            stored.forEach((url, c) -> outcomes.put(url, new Outcome(c.status(), c.location(), Instant.parse(c.checkedAt()))));
            return outcomes;
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
    }

    private void writeCache(Map<String, Outcome> outcomes) throws IOException {
        if (settings.cacheFile() == null) {
            return;
        }
        Map<String, Cached> cached = new TreeMap<>();
        outcomes.forEach((url, o) -> cached.put(url, new Cached(o.status(), o.location(), o.checkedAt().toString())));
        Files.createDirectories(settings.cacheFile().toAbsolutePath().getParent());
        JSON.writeValue(settings.cacheFile().toFile(), cached);
    }

    /** A cache entry as stored on disk. */
    record Cached(int status, String location, String checkedAt) {
    }
}
