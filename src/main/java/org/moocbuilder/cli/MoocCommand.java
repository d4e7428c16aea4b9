package org.moocbuilder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/** {@code mooc}: the root command; it only lists the subcommands. */
@Command(name = "mooc",
        mixinStandardHelpOptions = true,
        versionProvider = MoocCommand.Version.class,
        description = "Builds Markdown courses and their translations into a static, accessible, multilingual course site.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, ExtractCommand.class, CoverageCommand.class,
            ExportCommand.class, NewCommand.class, AdaptCommand.class,
            ImportCommand.class, HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class MoocCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

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
