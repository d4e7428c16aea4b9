package org.moocbuilder.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The built site read back: every file, and every HTML page parsed once, with its ids. */
final class BuiltSite {

    private final Path root;
    private final List<String> locales;
    private final Map<String, Document> pages = new TreeMap<>();
    private final Map<String, Set<String>> ids = new HashMap<>();
    private final Set<String> files = new HashSet<>();

    BuiltSite(Path root, List<String> locales) {
        this.root = root;
        this.locales = List.copyOf(locales);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                files.add(path);
                if (path.endsWith(".html")) {
                    Document page = Jsoup.parse(file, "UTF-8");
                    pages.put(path, page);
                    Set<String> pageIds = new HashSet<>();
                    for (Element element : page.select("[id]")) {
                        pageIds.add(element.id());
                    }
                    ids.put(path, pageIds);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built site", e);
        }
    }

    Path root() {
        return root;
    }

    List<String> locales() {
        return locales;
    }

    Map<String, Document> pages() {
        return pages;
    }

    boolean exists(String path) {
        return files.contains(path);
    }

    boolean hasId(String page, String id) {
        Set<String> pageIds = ids.get(page);
        return pageIds == null || pageIds.contains(id);
    }

    byte[] bytes(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> files() {
        return files;
    }
}
