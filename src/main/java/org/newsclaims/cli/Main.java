package org.newsclaims.cli;

import java.io.PrintWriter;
import org.newsclaims.BuildInfo;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.query.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsclaims", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Monetary claims and their sources in Chinese and Vietnamese news.",
        subcommands = {IngestCommand.class, SearchCommand.class, ClaimsCommand.class, ClustersCommand.class,
                SimilarCommand.class, StatsCommand.class, EvalCommand.class, BenchCommand.class, ExportCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
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

    /** Runs a command line and returns its exit code: 0 ok, 1 failed, 2 bad usage. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsclaims: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("newsclaims: " + userMessage(ex));
            return userError(ex) ? 2 : 1;
        });
        return cli.execute(args);
    }

    private static boolean userError(Exception ex) {
        return ex instanceof QueryException || ex instanceof ArticleStore.StoreException;
    }

    private static String userMessage(Exception ex) {
        if (userError(ex) || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return ex.getMessage();
        }
        if (ex instanceof java.net.BindException) {
            return "cannot listen there: the port is in use or not allowed (" + ex.getMessage() + ")";
        }
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
    }
}
