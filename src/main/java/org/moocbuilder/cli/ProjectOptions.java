package org.moocbuilder.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that works on a course shares: where the course is, and --debug. */
final class ProjectOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Folder holding content/, locales/ and themes/ (default: the current folder).")
    Path source;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** True when the folder holds a course; otherwise says so, with what to do. */
    boolean holdsCourse(String command, PrintWriter err) {
        if (Files.isDirectory(source.resolve("content"))) {
            return true;
        }
        err.println("mooc " + command + ": no content/ folder in " + source.toAbsolutePath().normalize() + "/");
        err.println("  hint: run mooc in a folder that holds a course, or pass --source DIR");
        return false;
    }

    /** {@code --locale}, repeatable, for commands that can work on some languages only. */
    static final class Locales {
        @Option(names = "--locale", paramLabel = "L", description = "Only this language (repeatable).")
        List<String> locales = new ArrayList<>();
    }
}
