package org.moocbuilder.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocbuilder.cli.Main;
import org.moocbuilder.testing.CourseFiles;

/** mooc serve end to end: a real server on 127.0.0.1, real file edits, the browser's event stream. */
class ServeTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();
    private ServeSession session;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        CourseFiles.write(dir, CourseFiles.MINIMAL, "");
        session = ServeSession.start(dir, 0, 50, new PrintWriter(log, true));
        Thread listener = new Thread(() -> {
            try {
                HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(url("__mooc/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        events.add(line);
                    }
                }
            } catch (Exception e) {
                // The server closed the stream at the end of the test.
            }
        });
        listener.setDaemon(true);
        listener.start();
        waitFor(() -> events.contains(": connected"), "the event stream opens");
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + session.port() + "/" + path);
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private long rebuilds() {
        return log.toString().lines().filter(l -> l.startsWith("Rebuilt")).count();
    }

    private Path lesson() {
        return dir.resolve("content/course-a/01-basics/01-first.md");
    }

    @Test
    void anEditedLessonIsServedChangedAndOpenPagesAreToldToReload() throws Exception {
        String page = "en/course-a/basics/first.html";
        assertTrue(get(page).contains("__mooc/events"), "the reload script is injected when serving");
        assertFalse(Files.exists(dir.resolve("site-out")), "serving writes nothing to disk");
        Files.writeString(lesson(), Files.readString(lesson()).replace("## Start", "## Start here"));
        waitFor(() -> {
            try {
                return get(page).contains("Start here");
            } catch (Exception e) {
                return false;
            }
        }, "the served page shows the edit");
        waitFor(() -> events.contains("event: reload"), "a reload event is sent");
        assertTrue(get("ar/course-a/basics/first.html").contains("Start here"), "every language is rebuilt");
        assertTrue(log.toString().contains("Rebuilt content/course-a/01-basics/01-first.md in every language"), log.toString());
    }

    @Test
    void aCourseFileIsServedOnceForEveryLanguageFromWhereThePagesLinkToIt() throws Exception {
        Files.writeString(lesson().resolveSibling("map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- map --></svg>\n");
        Files.writeString(lesson(), Files.readString(lesson()) + "\n![A map of the districts](map.svg)\n");
        String link = "../../../shared/course-a/basics/map.svg";
        waitFor(() -> {
            try {
                return get("en/course-a/basics/first.html").contains("src=\"" + link + "\"")
                        && get("ar/course-a/basics/first.html").contains("src=\"" + link + "\"");
            } catch (Exception e) {
                return false;
            }
        }, "both languages link to the shared file");
        assertTrue(get("shared/course-a/basics/map.svg").contains("<!-- map -->"));
        assertEquals(404, status("en/course-a/basics/map.svg"), "no copy per language");
    }

    @Test
    void aThemeTemplateAddedAfterALessonEditIsUsedAtOnce() throws Exception {
        String page = "en/course-a/basics/first.html";
        Files.writeString(lesson(), Files.readString(lesson()).replace("## Start", "## Start again"));
        waitFor(() -> {
            try {
                return get(page).contains("Start again");
            } catch (Exception e) {
                return false;
            }
        }, "the lesson edit is served");
        Path template = dir.resolve("themes/default/templates/404.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#import \"layout.ftlh\" as layout><@layout.shell><h1>Lost here</h1></@layout.shell>\n");
        waitFor(() -> {
            try {
                return get("404.html").contains("Lost here");
            } catch (Exception e) {
                return false;
            }
        }, "the new template is used, not the theme kept from the lesson edit");
    }

    @Test
    void aBrokenEditIsReportedWhileTheServerKeepsTheLastGoodSiteAndAFixRecovers() throws Exception {
        String good = Files.readString(lesson());
        Files.writeString(lesson(), good.replace("title: First lesson", "title: [unclosed"));
        waitFor(() -> events.contains("event: errors"), "an errors event is sent");
        waitFor(() -> events.stream().anyMatch(e -> e.matches("data: content/course-a/01-basics/01-first.md:\\d+:\\d+: error\\[YAML001\\].*")),
                "it names the file and line");
        assertTrue(log.toString().contains("error[YAML001]"), log.toString());
        assertTrue(get("en/course-a/basics/first.html").contains("First lesson"), "the last good page is still served");

        Files.writeString(lesson(), good.replace("title: First lesson", "title: First lesson, fixed"));
        waitFor(() -> {
            try {
                return get("en/course-a/basics/first.html").contains("First lesson, fixed");
            } catch (Exception e) {
                return false;
            }
        }, "the fix is served");
        assertTrue(events.contains("event: reload"));
    }

    @Test
    void aBurstOfFiftySavesIsOneRebuild() throws Exception {
        long before = rebuilds();
        String text = Files.readString(lesson());
        for (int i = 0; i < 50; i++) {
            Files.writeString(lesson(), text + "\nSave " + i + ".\n");
            Thread.sleep(5);
        }
        waitFor(() -> rebuilds() > before, "a rebuild");
        Thread.sleep(600);
        assertEquals(before + 1, rebuilds(), log.toString());
        assertTrue(get("en/course-a/basics/first.html").contains("Save 49."));
    }

    @Test
    void deletingALinkedLessonAndRenamingAModuleRebuildTheWholeSite() throws Exception {
        Files.delete(dir.resolve("content/course-a/01-basics/02-second.md"));
        waitFor(() -> log.toString().contains("warning[LINK001]"), "the broken link is reported");
        assertTrue(log.toString().contains("Rebuilt everything after content/course-a/01-basics/02-second.md:"), log.toString());
        waitFor(() -> {
            try {
                return status("en/course-a/basics/second.html") == 404;
            } catch (Exception e) {
                return false;
            }
        }, "the deleted lesson is gone");
        Files.move(dir.resolve("content/course-a/01-basics"), dir.resolve("content/course-a/01-foundations"));
        waitFor(() -> {
            try {
                return status("en/course-a/foundations/first.html") == 200 && status("en/course-a/basics/first.html") == 404;
            } catch (Exception e) {
                return false;
            }
        }, "the renamed module is served under its new name");
    }

    @Test
    void warningsThatDidNotChangeAreCountedNotRepeated() throws Exception {
        Files.writeString(lesson(), Files.readString(lesson()).replace("## Start", "## Start\n\n[A broken link](nowhere.md)"));
        waitFor(() -> log.toString().contains("nowhere.md"), "the new warning is printed");
        long printed = log.toString().lines().filter(l -> l.contains("nowhere.md")).count();
        Files.writeString(lesson(), Files.readString(lesson()).replace("## Start", "## Start again"));
        waitFor(() -> log.toString().contains("the same as before"), "the next rebuild counts the warning");
        assertTrue(log.toString().contains("  1 warning, the same as before"), log.toString());
        assertEquals(printed, log.toString().lines().filter(l -> l.contains("nowhere.md")).count(), log.toString());
    }

    @Test
    void aLocalesFolderThatAppearsLaterIsWatchedAndNoFolderIsCreatedForIt() throws Exception {
        assertFalse(Files.exists(dir.resolve("locales")), "serving does not change the course folder");
        assertFalse(Files.exists(dir.resolve("themes")), "serving does not change the course folder");
        long before = rebuilds();
        Files.createDirectories(dir.resolve("locales/ar"));
        Files.writeString(dir.resolve("locales/ar/course-a.po"),
                "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#. title\nmsgid \"First lesson\"\nmsgstr \"الدرس الأول\"\n");
        waitFor(() -> rebuilds() > before, "the new bundle triggers a rebuild");
        waitFor(() -> {
            try {
                return get("ar/course-a/basics/first.html").contains("الدرس الأول");
            } catch (Exception e) {
                return false;
            }
        }, "the Arabic title is served");
    }

    @Test
    void aPortInUseIsAClearErrorNotAStackTrace() throws Exception {
        assertThrows(BindException.class, () -> ServeSession.start(dir, session.port(), 50, new PrintWriter(new StringWriter())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"serve", "--source", dir.toString(), "--port", String.valueOf(session.port())},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, exit);
        assertEquals("", out.toString(), "the port is taken before any build");
        assertTrue(err.toString().startsWith("mooc serve: port " + session.port() + " is in use on 127.0.0.1"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    /** The status line of a request written by hand, with a Host header an HTTP client would not let us set. */
    private String rawStatus(String target, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", session.port())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
        }
    }

    @Test
    void aPageOfAnotherSiteThatResolvesItsNameHereIsRefused() throws Exception {
        assertEquals("HTTP/1.1 403 Forbidden", rawStatus("/index.html", "evil.example"));
        assertEquals("HTTP/1.1 403 Forbidden", rawStatus("/index.html", "evil.example:" + session.port()));
        assertEquals("HTTP/1.1 200 OK", rawStatus("/index.html", "localhost:" + session.port()));
        assertEquals("HTTP/1.1 200 OK", rawStatus("/index.html", "127.0.0.1:" + session.port()));
    }

    @Test
    void aPathIsDecodedOnceSoOddNamesAreNotFoundInsteadOfDroppingTheConnection() throws Exception {
        assertEquals(404, status("%25zz"));
        assertEquals(404, status("a+b.html"));
        assertEquals(200, status("en/index.html"));
    }
}
