package org.moocbuilder.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What file and folder names mean in a course: order and output names from names such as
 * {@code 02-ai-in-health.md}, and which files are not the course's at all.
 */
public final class Naming {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[-_ ](.+)$");

    /**
     * Names the site uses for its own files beside the courses', with what each is; a course
     * named so would share them: {@code site} is the site's own bundle ({@code locales/<lang>/site.po},
     * {@code Catalogs.SITE}), whose entries {@code mooc extract} would overwrite with the course's.
     */
    private static final Map<String, String> RESERVED = Map.of(
            "site", "the site's own translation bundles (locales/<lang>/site.po)",
            "assets", "the theme's files (assets/ in the built site)",
            "_reports", "the translation report (_reports/ in the built site)");

    private Naming() {
    }

    /** The numeric prefix, or a number after every numbered name when there is none. */
    static long order(String name) {
        Matcher m = NUMBERED.matcher(name);
        return m.matches() ? Long.parseLong(m.group(1).substring(0, Math.min(m.group(1).length(), 18))) : Long.MAX_VALUE;
    }

    /** The name without its numeric prefix and {@code .md}, used in the output path. */
    public static String slug(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Matcher m = NUMBERED.matcher(base);
        return m.matches() ? m.group(2) : base;
    }

    /**
     * What a course slug would collide with, when it is a name the site keeps for its own files.
     * Letter case is ignored: on macOS and Windows {@code Site.po} and {@code site.po} are one file.
     */
    public static Optional<String> reservedFor(String courseSlug) {
        return Optional.ofNullable(RESERVED.get(courseSlug.toLowerCase(Locale.ROOT)));
    }

    /** Editors' and systems' files (.DS_Store, .gitkeep, swap files) and folders: not part of a course. */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
