package org.newsclaims.cli;

import java.io.PrintWriter;
import org.newsclaims.BuildInfo;
import org.newsclaims.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

@Command(name = "newsclaims", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Monetary claims and their sources in Chinese and Vietnamese news.",
        subcommands = {IngestCommand.class, SearchCommand.class, ClaimsCommand.class, ClustersCommand.class,
                SimilarCommand.class, VariantsCommand.class, StatsCommand.class, EvalCommand.class, BenchCommand.class,
                ExportCommand.class, ServeCommand.class, SparkCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    private Main() {
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"newsclaims " + BuildInfo.VERSION};
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 failed, 2 bad usage or another {@link UserError}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsclaims: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (verbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.println("newsclaims: " + oneLine(ex));
            return ex instanceof UserError ? 2 : 1;
        });
        return cli.execute(args);
    }

    /** Whether {@code --verbose} was given to the command that ran or to any command above it. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Exception ex) {
        String message = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
        if (ex instanceof UserError || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return message;
        }
        return ex.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
