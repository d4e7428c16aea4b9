package org.moocbuilder.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths inside the site, always with forward slashes, and the relative URLs between them.
 * Every link the build writes is relative, so the site works opened from disk and under any
 * sub-path of a host.
 */
public final class SitePath {

    private SitePath() {
    }

    /** The relative URL that leads from the page at {@code from} to the file at {@code to}. */
    public static String relative(String from, String to) {
        // Every link of every page comes through here: the folders the two paths share are found
        // by comparing characters, not by splitting both into lists. A trailing slash names no
        // further folder (the last name counts as the file), as when the paths were split.
        from = withoutTrailingSlashes(from);
        to = withoutTrailingSlashes(to);
        int fromFolder = from.lastIndexOf('/') + 1;
        int limit = Math.min(fromFolder, to.lastIndexOf('/') + 1);
        int shared = 0;
        for (int i = 0; i < limit && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') {
                shared = i + 1;
            }
        }
        StringBuilder url = new StringBuilder(to.length() - shared + 16);
        for (int i = shared; i < fromFolder; i++) {
            if (from.charAt(i) == '/') {
                url.append("../");
            }
        }
        url.append(to, shared, to.length());
        return encode(url.toString());
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * Resolves {@code relative} against the folder of {@code base}; returns null when the result
     * climbs above the root.
     */
    public static String resolve(String base, String relative) {
        List<String> parts = new ArrayList<>(List.of(base.split("/")));
        parts.remove(parts.size() - 1);
        if (relative.startsWith("/")) {
            parts.clear();
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Decodes a URL path's percent escapes; a plus stays a plus, as in a path it is no space. */
    public static String decode(String url) {
        return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Percent-encodes what a URL path may not contain (spaces, for instance), leaving slashes. */
    public static String encode(String path) {
        // Nearly every path the build writes is made of these alone, which java.net.URI leaves as
        // they are; it would build and parse a URI for each link of each page to say so.
        if (onlyPathSafe(path)) {
            return path;
        }
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /**
     * Whether {@code path} has only letters and digits of ASCII and the marks a URI path keeps
     * as written, leaving out {@code %} (a lone one is escaped) and {@code :} (it may start a scheme).
     */
    private static boolean onlyPathSafe(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-_.!~*'();@&=+$,".indexOf(c) >= 0;
            if (!safe) {
                return false;
            }
        }
        return true;
    }
}
