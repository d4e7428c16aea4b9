package org.moocbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run sets up only the subcommand it names, and then behaves as the whole command does. */
class SubcommandsTest {

    @Test
    void theNamesUnderWhichSubcommandsAreFoundAreTheirCommandNames() {
        MoocCommand.SUBCOMMANDS.forEach((name, type) ->
                assertEquals(name, type.getAnnotation(Command.class).name(), type.getName()));
        assertEquals(List.copyOf(MoocCommand.SUBCOMMANDS.keySet()),
                List.copyOf(MoocCommand.commandLine().getSubcommands().keySet()));
    }

    @Test
    void aNamedSubcommandAloneIsSetUpAndEverythingElseGetsTheWholeCommand() {
        assertEquals(List.of("build"), List.copyOf(MoocCommand.forArguments(new String[] {"build", "--quiet"})
                .getSubcommands().keySet()));
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "build"},
                new String[] {"bild"})) {
            assertEquals(MoocCommand.SUBCOMMANDS.size(), MoocCommand.forArguments(args).getSubcommands().size(), String.join(" ", args));
        }
    }

    @Test
    void helpAndMistakesReadAsWithEverySubcommandSetUp() {
        for (String[] args : List.of(new String[] {"build", "--help"}, new String[] {"check", "--bogus"},
                new String[] {"export", "--format"}, new String[] {"bild"}, new String[] {"help", "serve"})) {
            assertEquals(run(MoocCommand.commandLine(), args), run(MoocCommand.forArguments(args), args), String.join(" ", args));
        }
        assertTrue(run(MoocCommand.forArguments(new String[] {"bild"}), new String[] {"bild"}).contains("Did you mean: mooc build?"));
    }

    private static String run(CommandLine cli, String[] args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        return code + "\n" + out;
    }
}
