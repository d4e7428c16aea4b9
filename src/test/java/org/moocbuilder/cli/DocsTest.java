package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The reference docs stay true to the code: every command, option and diagnostic code is documented. */
class DocsTest {

    @Test
    void everyCommandAndOptionIsInTheCliReference() throws IOException {
        String reference = Files.readString(Path.of("docs/cli.md"));
        CommandSpec root = MoocCommand.commandLine().getCommandSpec();
        check(reference, "mooc", root);
        for (CommandLine sub : root.subcommands().values()) {
            check(reference, "mooc " + sub.getCommandName(), sub.getCommandSpec());
        }
    }

    private static void check(String reference, String heading, CommandSpec spec) {
        int start = reference.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "docs/cli.md has no section `## " + heading + "`");
        int end = reference.indexOf("\n## ", start + 1);
        String section = reference.substring(start, end < 0 ? reference.length() : end);
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                assertTrue(section.contains("`" + name), heading + ": option " + name + " is not documented");
            }
        }
    }

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern code = Pattern.compile("\"([A-Z][A-Z0-9]{1,6}[0-9]{3})\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = code.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        String documented = Files.readString(Path.of("docs/diagnostics.md"));
        List<String> missing = used.stream().filter(c -> !documented.contains("| " + c + " |")).toList();
        assertEquals(List.of(), missing, "codes missing from docs/diagnostics.md");
        assertTrue(used.size() > 30, "found " + used.size() + " codes");
    }
}
