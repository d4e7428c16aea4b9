/** The {@code mooc} command line: one class per subcommand, one place that maps outcomes to exit codes. */
package org.moocbuilder.cli;
