package org.newsclaims.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.UserError;
import org.newsclaims.eval.MoneyEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval money}: the money recognizer against the peer test suites and the corpus gold. */
@Command(name = "money", mixinStandardHelpOptions = true,
        description = "Score the money recognizer: peer test suites (passed/failed/skipped per file) and "
                + "amount precision/recall/F1 and value accuracy on the corpus gold, per language.")
public final class EvalMoneyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--peer-specs", paramLabel = "DIR", defaultValue = "../shared/eval/peer-specs",
            description = "Folder of peer-spec *.jsonl suites (default: ${DEFAULT-VALUE}).")
    Path peerSpecs;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "corpus/seeds.gold.jsonl",
            description = "Gold claims (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder holding the gold documents (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--errors", description = "List every failed and skipped case, and every gold miss, false positive and wrong value.")
    boolean errors;

    @Option(names = "--json", description = "Print one JSON object: {\"suites\": {...}, \"gold\": {...}}.")
    boolean json;

    @Override
    public Integer call() throws UserError {
        for (Path p : new Path[]{peerSpecs, gold, docs}) {
            if (!Files.exists(p)) {
                throw new UserError("not found: " + p);
            }
        }
        MoneyEval.Report report = MoneyEval.run(common.stages().reader(), common.stages().money(), peerSpecs, gold, docs);
        if (json) {
            System.out.println(report.toJson());
        } else {
            printTables(report);
        }
        if (errors) {
            printErrors(report);
        }
        return 0;
    }

    private static void printTables(MoneyEval.Report r) {
        System.out.printf("%-45s %7s %7s %8s %10s%n", "suite", "passed", "failed", "skipped", "pass rate");
        r.suites().forEach((name, s) -> row(name, s));
        System.out.println();
        System.out.printf("%-45s %7s %7s %8s %10s%n", "suite / category", "passed", "failed", "skipped", "pass rate");
        r.categories().forEach((name, s) -> row(name, s));
        System.out.println();
        System.out.printf("%-8s %6s %6s %6s %9s %7s %8s %9s%n", "gold", "claims", "found", "match", "precision", "recall", "F1", "value acc");
        for (Map.Entry<String, MoneyEval.GoldScore> e : r.gold().entrySet()) {
            MoneyEval.GoldScore g = e.getValue();
            System.out.printf(Locale.ROOT, "%-8s %6d %6d %6d %9.3f %7.3f %8.3f %9.3f%n", e.getKey(), g.gold(), g.predicted(),
                    g.matched(), g.precision(), g.recall(), g.amountF1(), g.valueAccuracy());
        }
    }

    private static void row(String name, MoneyEval.SuiteScore s) {
        System.out.printf(Locale.ROOT, "%-45s %7d %7d %8d %9.1f%%%n", name, s.passed(), s.failed(), s.skipped(), 100 * s.passRate());
    }

    private static void printErrors(MoneyEval.Report r) {
        System.out.println();
        for (var o : r.outcomes()) {
            if (o.reason() != null) {
                System.out.println(o.status() + "  " + o.id() + "  " + o.text().strip() + "\n      " + o.reason());
            }
        }
        for (var g : r.goldErrors()) {
            System.out.println("GOLD " + g.kind() + "  " + g.doc() + "  " + g.detail());
        }
    }
}
