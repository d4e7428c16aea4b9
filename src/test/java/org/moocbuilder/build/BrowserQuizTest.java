package org.moocbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site's quizzes in a real browser: Debian's Chromium driven by playwright-core
 * (src/test/browser/quizzes.mjs) answers one quiz of every type wrong and right with the
 * keyboard alone, in English and Arabic, against the site served on 127.0.0.1. Needs
 * /usr/bin/chromium and {@code npm ci} in src/test/browser; CI installs both and sets
 * MOOC_REQUIRE_BROWSER=1 so the test cannot be skipped there.
 */
class BrowserQuizTest {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "svg", "image/svg+xml");

    @TempDir
    Path work;

    @Test
    void quizzesWorkByKeyboardInEnglishAndArabic() throws Exception {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"));
        if (System.getenv("MOOC_REQUIRE_BROWSER") != null) {
            assertTrue(ready, "MOOC_REQUIRE_BROWSER is set: install Debian's chromium and run npm ci in src/test/browser");
        }
        assumeTrue(ready, "Chromium or playwright-core missing (apt-get install chromium; npm ci --prefix src/test/browser)");

        Path site = work.resolve("site-out");
        assertTrue(new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), site, List.of())).written());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8).substring(1);
            Path file = site.resolve(path.isEmpty() ? "index.html" : path).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Process node = new ProcessBuilder("node", "quizzes.mjs", base).directory(SCRIPTS.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(5, TimeUnit.MINUTES), "the browser test did not finish");
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains("all quiz checks passed"), output);
        } finally {
            server.stop(0);
        }
    }

}
