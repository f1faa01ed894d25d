package org.newsclaims.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsclaims.UserError;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.eval.GoldEval;
import org.newsclaims.export.ExportFormat;
import org.newsclaims.export.Exporter;
import org.newsclaims.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the claims a query selects (or the articles, or the claim variants) to JSONL, CSV or Parquet, streaming,",
                "with a dataset card beside the file (FILE.card.md and FILE.card.json)."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ClaimFilterOptions filters;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", required = true, description = "jsonl, csv or parquet.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE and its cards if they exist.")
    boolean force;

    @Option(names = "--collapse", description = "One row per claim per reprint cluster, with its attestations "
            + "(with --articles: canonical articles only).")
    boolean collapse;

    @Option(names = "--articles", description = "Export articles (id, title, date, language, cluster, relation, body) instead of claims.")
    boolean articles;

    @Option(names = "--variants", description = "Export the claim variants of every reprint cluster instead: one row per "
            + "canonical claim, member and kind of change (see 'variants'); of the filters, --lang selects members.")
    boolean variants;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold claims to score this build against for the card "
            + "(default: corpus/seeds.gold.jsonl of the installation); its documents are beside it.")
    Path gold;

    @Option(names = "--no-eval", description = "Leave the evaluation out of the card (it loads CoreNLP: about 30 s and 3 GB).")
    boolean noEval;

    @Override
    public Integer call() throws Exception {
        Path goldFile = noEval ? null : gold != null ? gold
                : Path.of(System.getProperty("newsclaims.home", ".")).resolve("corpus/seeds.gold.jsonl");
        Stages stages = common.stages();
        Exporter.Result r = Exporter.run(new Exporter.Request(common.data(), ExportFormat.parse(format), out, force,
                collapse, articles, variants, filters.filter(), goldFile, goldFile == null ? null : g -> cardScores(stages, g),
                spec.root().version()[0], "newsclaims " + String.join(" ", spec.commandLine().getParseResult().originalArgs()),
                variants ? SpinSwaps.load(common.models()) : null), stages.markers());
        System.out.printf("%d %s to %s (card: %s)%n", r.card().rows(), articles ? "articles" : variants ? "variants" : "claims", r.file(),
                r.cardMarkdown().getFileName());
        return 0;
    }

    /** The scores of {@code stages} against {@code gold} (its documents beside it), as the dataset card lists them. */
    private static Map<String, Map<String, Object>> cardScores(Stages stages, Path gold) throws UserError {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        GoldEval.run(stages.reader(), stages.claims(), gold, gold.toAbsolutePath().getParent()).report().scores().forEach((lang, s) -> out.put(lang, s.asMap()));
        return out;
    }
}
