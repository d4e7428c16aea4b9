package org.moocbuilder.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of src/test/browser (Debian's Chromium driven by playwright-core) against a
 * built site served on 127.0.0.1. Needs /usr/bin/chromium and {@code npm ci} in src/test/browser;
 * CI installs both and sets MOOC_REQUIRE_BROWSER=1 so browser tests cannot be skipped there.
 */
public final class BrowserScript {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "svg", "image/svg+xml");

    private BrowserScript() {
    }

    /** Skips the calling test when no browser is installed, unless CI requires one. */
    public static void assumeBrowser() {
        boolean ready = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"));
        if (System.getenv("MOOC_REQUIRE_BROWSER") != null) {
            assertTrue(ready, "MOOC_REQUIRE_BROWSER is set: install Debian's chromium and run npm ci in src/test/browser");
        }
        assumeTrue(ready, "Chromium or playwright-core missing (apt-get install chromium; npm ci --prefix src/test/browser)");
    }

    /** Serves {@code site}, runs {@code script} with the site's address and {@code args}, and returns what it printed. */
    public static String run(Path site, String script, String... args) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring(1);
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
            List<String> command = new ArrayList<>(List.of("http://127.0.0.1:" + server.getAddress().getPort() + "/"));
            command.addAll(List.of(args));
            return node(script, command);
        } finally {
            server.stop(0);
        }
    }

    /** Runs {@code script} with {@code args} and no server (pages it opens from disk), and returns what it printed. */
    public static String runWithoutServer(String script, String... args) throws IOException, InterruptedException {
        return node(script, List.of(args));
    }

    private static String node(String script, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(args);
        Process node = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(15, TimeUnit.MINUTES), "the browser script did not finish");
        assertEquals(0, node.exitValue(), output);
        return output;
    }
}
