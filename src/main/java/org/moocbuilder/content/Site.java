package org.moocbuilder.content;

import java.util.List;
import org.moocbuilder.config.SiteConfig;

/** Everything the build renders: the site settings and its courses. */
public record Site(SiteConfig config, List<Course> courses) {

    public Site {
        courses = List.copyOf(courses);
    }
}
