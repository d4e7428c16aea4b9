package org.moocbuilder.translate;

import java.util.List;
import java.util.Map;

/**
 * The translatable text of a site: every course's, page by page, by course slug, and the site's own.
 */
public record SiteText(Map<String, List<PageText>> courses, PageText site) {

    public SiteText {
        courses = Map.copyOf(courses);
    }
}
