package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.UserError;
import org.newsclaims.eval.ClaimScorer;
import org.newsclaims.eval.ClaimScores;
import org.newsclaims.eval.ErrorReport;
import org.newsclaims.eval.GoldEval;
import org.newsclaims.nlp.ChineseAnnotator;
import org.newsclaims.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval}: extracts claims from every document a gold file names and scores them per GUIDELINES.md. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalMoneyCommand.class},
        description = "Score claim extraction against a gold file (no index needed).")
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "corpus/seeds.gold.jsonl",
            description = "Gold claims, one JSON object a line (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder holding the documents the gold file names (default: ${DEFAULT-VALUE}).")
    Path docs;

    @Option(names = "--errors", description = "List misses, false positives and wrong fields, grouped by class and language,"
            + " with counts (metric errors also by gold→predicted pair).")
    boolean errors;

    @Option(names = "--json", description = "Print one JSON object keyed by language and 'overall';"
            + " with --errors each also holds \"errors\": class → count and items.")
    boolean json;

    @Override
    public Integer call() throws UserError {
        Stages stages = common.stages();
        ChineseAnnotator annotator = stages.annotator();
        GoldEval.Result result = GoldEval.run(stages.reader(), stages.claims(), gold, docs);
        ClaimScorer.Report report = result.report();
        ErrorReport errorReport = report.errorReport();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            report.scores().forEach((lang, s) -> {
                Map<String, Object> figures = s.asMap();
                if (errors) {
                    figures.put("errors", errorReport.asMap(lang));
                }
                out.put(lang, figures);
            });
            Json.print(System.out, out);
            return 0;
        }
        printTable(report.scores());
        ChineseAnnotator.Statistics coreNlp = annotator.statistics();
        System.out.printf("%d documents in %.1f s (CoreNLP: %d spans, %d chars, loaded in %.1f s)%n",
                result.documents(), result.seconds(), coreNlp.spans(), coreNlp.chars(), Math.max(0, annotator.loadMillis()) / 1000.0);
        if (errors) {
            System.out.println();
            errorReport.lines().forEach(System.out::println);
        }
        return 0;
    }

    private static void printTable(Map<String, ClaimScores> scores) {
        System.out.printf("%-8s %5s %5s %5s  %6s %6s %6s  %6s %6s %6s %6s %6s  %s%n", "lang", "gold", "pred", "match",
                "P", "R", "F1", "value", "attrib", "subj", "metric", "year", "inherited-null");
        scores.forEach((lang, s) -> System.out.printf("%-8s %5d %5d %5d  %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f %6.3f %6.3f  %d%n",
                lang, s.gold(), s.predicted(), s.matched(), s.precision(), s.recall(), s.f1(), s.valueAccuracy(),
                s.attributionAccuracy(), s.subjectAccuracy(), s.metricAccuracy(), s.timeYearAccuracy(), s.inheritedNull()));
    }
}
