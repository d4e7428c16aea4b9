package org.moocbuilder.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.diag.Diagnostic;
import org.moocbuilder.diag.Diagnostics;
import org.moocbuilder.diag.SourcePosition;

/** Web links against a server on 127.0.0.1 that answers 200, 301, 404, 429 and never. */
class ExternalLinkCheckTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            switch (path) {
                case "/ok" -> exchange.sendResponseHeaders(200, -1);
                case "/moved" -> {
                    exchange.getResponseHeaders().set("Location", base + "ok");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/missing" -> exchange.sendResponseHeaders(404, -1);
                case "/busy" -> {
                    exchange.getResponseHeaders().set("Retry-After", "0");
                    exchange.sendResponseHeaders(429, -1);
                }
                default -> {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(200, -1);
                }
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private List<String> check(Clock clock) throws IOException {
        Map<String, SourcePosition> links = new TreeMap<>();
        int line = 1;
        for (String path : List.of("ok", "moved", "missing", "busy", "never")) {
            links.put(base + path, SourcePosition.at("lesson.md", line++, 1));
        }
        Diagnostics diagnostics = new Diagnostics();
        new ExternalLinkCheck(new ExternalLinkCheck.Settings(4, 2, Duration.ofMillis(400), 2, Duration.ofMillis(10),
                Duration.ofDays(7), dir.resolve("cache.json")), clock).check(links, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::format).map(f -> f.replace(base, "/")).toList();
    }

    @Test
    void reportsEachAnswerRetriesWhatMayRecoverAndCachesWhatIsSettled() throws IOException {
        Clock now = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
        List<String> findings = check(now);
        assertEquals(List.of(
                "lesson.md:2:1: warning[LINK008]: `/moved` has moved permanently to /ok\n  hint: update the link to the new address",
                "lesson.md:3:1: error[LINK006]: `/missing` answers 404 (not found)\n  hint: fix or remove the link; the page may have moved",
                "lesson.md:4:1: warning[LINK007]: `/busy` answers 429 after retries\n  hint: try again later; if it persists, the site may be gone",
                "lesson.md:5:1: warning[LINK007]: `/never` did not answer after retries\n  hint: try again later; if it persists, the site may be gone"),
                findings);
        assertEquals(3, hits.get("/busy").get(), "a 429 is retried twice");
        assertEquals(1, hits.get("/ok").get());
        assertTrue(Files.readString(dir.resolve("cache.json")).contains("/missing"));

        check(now);
        assertEquals(1, hits.get("/ok").get(), "a settled answer comes from the cache");
        assertEquals(1, hits.get("/missing").get());
        assertEquals(6, hits.get("/busy").get(), "a 429 is not cached: it is asked again");

        check(Clock.offset(now, Duration.ofDays(8)));
        assertEquals(2, hits.get("/ok").get(), "cache entries expire");
    }
}
