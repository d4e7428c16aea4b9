package org.moocbuilder.content;

import java.util.ArrayList;
import java.util.List;
import org.moocbuilder.config.CourseConfig;

/** A course: its settings, its modules in order and the assets it ships. */
public record Course(String slug, CourseConfig config, List<Module> modules, List<Asset> assets, String outputPath) {

    public Course {
        modules = List.copyOf(modules);
        assets = List.copyOf(assets);
    }

    public List<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    /** The pages of the course in order, relative to a language's folder: its home, then each module and its lessons. */
    public List<String> pagePaths() {
        List<String> paths = new ArrayList<>(List.of(outputPath));
        for (Module module : modules) {
            paths.add(module.outputPath());
            module.lessons().forEach(lesson -> paths.add(lesson.outputPath()));
        }
        return paths;
    }

    /** The stated duration, or the sum of the lesson durations. */
    public int totalMinutes() {
        return config.durationMinutes().orElseGet(() -> modules.stream().mapToInt(Module::totalMinutes).sum());
    }
}
