package org.moocbuilder.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** {@code mooc}: the root command; it only lists the subcommands. */
@Command(name = "mooc",
        mixinStandardHelpOptions = true,
        versionProvider = MoocCommand.Version.class,
        description = "Builds Markdown courses and their translations into a static, accessible, multilingual course site.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class MoocCommand implements Runnable {

    /**
     * The subcommands by name, in the order {@code mooc --help} lists them. The names are their
     * {@code @Command} names (a test holds it), written here so that finding the one a run asks
     * for reads no annotation.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("build", BuildCommand.class);
        byName.put("serve", ServeCommand.class);
        byName.put("check", CheckCommand.class);
        byName.put("extract", ExtractCommand.class);
        byName.put("coverage", CoverageCommand.class);
        byName.put("export", ExportCommand.class);
        byName.put("new", NewCommand.class);
        byName.put("adapt", AdaptCommand.class);
        byName.put("import", ImportCommand.class);
        byName.put("help", HelpCommand.class);
        return Collections.unmodifiableMap(byName);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The whole command, every subcommand in it (for help, unknown names, and the docs). */
    static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.values());
    }

    /**
     * The command for these arguments: when the first names a subcommand, only that one is set up.
     * picocli reads each subcommand's annotations by reflection, still interpreted, when it is
     * added (0.03 s of every run's start for all of them); a run uses one. {@code help} lists them all.
     */
    static CommandLine forArguments(String[] args) {
        Class<?> asked = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        return asked != null ? commandLine(List.of(asked)) : commandLine();
    }

    private static CommandLine commandLine(Collection<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new MoocCommand());
        subcommands.forEach(cli::addSubcommand);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MoocCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mooc " + (version == null ? "development" : version)};
        }
    }
}
