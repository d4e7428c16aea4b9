package org.moocbuilder.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.moocbuilder.diag.Diagnostic;

/**
 * Serves a {@link LiveSite} on 127.0.0.1. HTML pages get a small script, only here and never in
 * built files, that listens to {@code /__mooc/events} (Server-Sent Events): {@code reload}
 * reloads the page, {@code errors} shows the build's errors over it until a fix arrives.
 */
public final class DevServer implements AutoCloseable {

    static final String EVENTS = "/__mooc/events";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
            "jpg", "image/jpeg", "xml", "application/xml", "pdf", "application/pdf", "txt", "text/plain; charset=utf-8");
    private static final String CLIENT = """
            <script>(function(){var s=new EventSource("/__mooc/events");s.addEventListener("reload",function(){location.reload()});\
            s.addEventListener("errors",function(e){var d=document.getElementById("mooc-errors")||document.createElement("pre");\
            d.id="mooc-errors";d.setAttribute("role","alert");d.style.cssText="position:fixed;inset:1rem;z-index:99;overflow:auto;\
            margin:0;padding:1rem;background:#1a1a1a;color:#fff;border:4px solid #b3261e;white-space:pre-wrap;font:14px/1.5 monospace";\
            d.textContent=e.data;document.body.appendChild(d)});})();</script>""";

    private final LiveSite site;
    private final HttpServer server;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    private DevServer(LiveSite site, HttpServer server) {
        this.site = site;
        this.server = server;
    }

    /** Starts serving; throws {@link java.net.BindException} when the port is taken. */
    public static DevServer start(LiveSite site, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "mooc-serve");
            thread.setDaemon(true);
            return thread;
        }));
        DevServer dev = new DevServer(site, server);
        server.createContext("/", dev::handle);
        server.start();
        return dev;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload, or to show the errors. */
    public void broadcast(LiveSite.Update update) {
        String event = update.ok() ? "event: reload\ndata: " + update.pages() + "\n\n"
                : "event: errors\ndata: " + String.join("\ndata: ", errorText(site.errors()).split("\n")) + "\n\n";
        for (HttpExchange listener : listeners) {
            try {
                OutputStream out = listener.getResponseBody();
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }

    static String errorText(List<Diagnostic> errors) {
        StringBuilder text = new StringBuilder("MOOC Builder could not rebuild the site. Fix the file and save; this page reloads.\n\n");
        errors.forEach(e -> text.append(e.format()).append("\n"));
        return text.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!fromThisMachine(exchange.getRequestHeaders().getFirst("Host"))) {
            // A page on another site may resolve its own name to 127.0.0.1 (DNS rebinding); only
            // addresses of this machine may read the site and its error messages.
            send(exchange, 403, "txt", "Forbidden: mooc serve answers only to localhost and 127.0.0.1\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        // getPath() is decoded once already: "%25zz" is the file "%zz", and "+" is a plus sign.
        String path = exchange.getRequestURI().getPath();
        if (path.equals(EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            if (!site.errors().isEmpty()) {
                out.write(("event: errors\ndata: " + String.join("\ndata: ", errorText(site.errors()).split("\n")) + "\n\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            listeners.add(exchange);
            return;
        }
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        Optional<byte[]> bytes = site.file(file);
        if (bytes.isEmpty()) {
            bytes = site.file("404.html");
            send(exchange, 404, "html", bytes.orElse("Not found".getBytes(StandardCharsets.UTF_8)));
            return;
        }
        send(exchange, 200, file.substring(file.lastIndexOf('.') + 1), bytes.get());
    }

    /** Whether a Host header names this machine (any port: the server listens on one only). */
    static boolean fromThisMachine(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return Set.of("localhost", "127.0.0.1", "[::1]").contains(name.toLowerCase(Locale.ROOT));
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        byte[] bytes = body;
        if (extension.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            bytes = (end < 0 ? html + CLIENT : html.substring(0, end) + CLIENT + html.substring(end)).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        listeners.forEach(HttpExchange::close);
        server.stop(0);
    }

}
