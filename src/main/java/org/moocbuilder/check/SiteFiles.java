package org.moocbuilder.check;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The files a site has, known before its pages are drawn, so each page can be checked as it
 * streams past: every path under the output folder, the languages, and the bytes of the files
 * that are not pages (stylesheets and scripts a page loads count in its weight).
 *
 * @param paths   every file's path under the output folder
 * @param locales the site's languages, source first
 * @param bytesOf the bytes of a file that is not a page, by path; null when the site has no such file
 */
public record SiteFiles(Set<String> paths, List<String> locales, Function<String, byte[]> bytesOf) {

    public SiteFiles {
        paths = Set.copyOf(paths);
        locales = List.copyOf(locales);
    }

    public boolean exists(String path) {
        return paths.contains(path);
    }
}
