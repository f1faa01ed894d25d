package org.newsclaims.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.Models;
import org.newsclaims.cli.CliRun;
import org.newsclaims.pipeline.IngestJob;
import org.newsclaims.pipeline.Stages;
import org.newsclaims.query.StoreReader;
import org.newsclaims.query.StoreStats;

/** The store records what built it, and an ingest extracts again what other models built. */
class BuildFingerprintTest {

    private static final List<Path> DOCS = List.of(Path.of("corpus/000_0c0986e9bb383d28.txt"),
            Path.of("corpus/001_78688a10d7b2755c.txt"), Path.of("corpus/002_b6c9298f0427f3c7.txt"));

    @TempDir
    Path tmp;

    @Test
    void theModelsHashDependsOnTheFilesAndTheirNamesNotOnWhereTheyAre() throws IOException {
        Path copy = copyOfModels(tmp.resolve("a"));
        String original = BuildFingerprint.hashOfTree(STAGES.models());
        assertEquals(original, BuildFingerprint.hashOfTree(Models.read(copy)));

        Files.writeString(copy.resolve(".metrics.tsv.swp"), "an editor's swap file");
        assertEquals(original, BuildFingerprint.hashOfTree(Models.read(copy)), "dotfiles drive nothing");

        Files.move(copy.resolve("dedup/translation-markers.txt"), copy.resolve("dedup/translation-markers2.txt"));
        String renamed = BuildFingerprint.hashOfTree(Models.read(copy));
        assertNotEquals(original, renamed);

        appendComment(copy.resolve("claims/metrics.tsv"));
        assertNotEquals(renamed, BuildFingerprint.hashOfTree(Models.read(copy)));
    }

    @Test
    void editingAModelsFileReExtractsEveryArticleAndStatsShowsTheNewFingerprint() throws Exception {
        Path models = copyOfModels(tmp.resolve("models"));
        Path data = tmp.resolve("data");
        BuildFingerprint first = BuildFingerprint.of(Models.read(models));
        assertEquals(STAGES.build(), first, "an unedited copy builds as the original");

        assertEquals(List.of(3, 0, 0), counts(ingest(models, data, DOCS)));
        assertEquals(List.of(0, 3, 0), counts(ingest(models, data, DOCS)), "with the same models, the same bytes are skipped");

        appendComment(models.resolve("claims/metrics.tsv"));
        BuildFingerprint edited = BuildFingerprint.of(Models.read(models));
        assertNotEquals(first.id(), edited.id());
        assertNotEquals(first.models(), edited.models());
        assertEquals(List.of(3, 0, 3), counts(ingest(models, data, DOCS)), "every article is extracted again by the edited models");
        StoreStats stats = stats(data);
        assertEquals(3, stats.articles(), "re-extracted articles replace their old versions");
        assertEquals(edited, stats.build());
        assertEquals(0, stats.stale());

        assertEquals(List.of(0, 3, 0), counts(ingest(models, data, DOCS)), "a rerun with no edit skips everything");

        appendComment(models.resolve("money/currencies.tsv"));
        BuildFingerprint again = BuildFingerprint.of(Models.read(models));
        assertEquals(1, ingest(models, data, DOCS.subList(0, 1)).reextracted());
        CliRun text = CliRun.of("stats", "--data", data.toString());
        assertTrue(text.out().contains("built by:    fingerprint " + again.id() + " (models " + again.models()
                + ", newsclaims " + again.version() + ", CoreNLP " + again.coreNlp() + ")"), text.out());
        assertTrue(text.out().contains("stale:       2 articles built by other models"), text.out());

        // the command line runs with the project's own models/: to it, every article was built by other models
        CliRun one = CliRun.of("ingest", DOCS.get(0).toString(), "--data", data.toString());
        assertTrue(one.out().startsWith("ingested 1 (1 re-extracted: built by other models), unchanged 0, failed 0;"), one.out());
        CliRun all = CliRun.of("ingest", "--json", "--data", data.toString(), DOCS.get(0).toString(), DOCS.get(1).toString(),
                DOCS.get(2).toString());
        JsonNode json = new ObjectMapper().readTree(all.out());
        assertEquals(2, json.get("reextracted").asInt(), all.out());
        assertEquals(1, json.get("unchanged").asInt(), all.out());
        JsonNode statsJson = new ObjectMapper().readTree(CliRun.of("stats", "--json", "--data", data.toString()).out());
        assertEquals(first.id(), statsJson.get("build").get("id").asText(), statsJson.toString());
        assertEquals(0, statsJson.get("stale").asInt(), statsJson.toString());
    }

    /** An ingest by the real pipeline, its stages built from {@code models}. */
    private static IngestJob.Report ingest(Path models, Path data, List<Path> docs) throws Exception {
        Stages stages = Stages.of(Models.read(models), STAGES.annotator());
        try (ArticleStore store = ArticleStore.open(data, stages.build())) {
            return new IngestJob(stages, store, 2, 2).run(docs, (done, total) -> { });
        }
    }

    /** Ingested, unchanged and re-extracted files. */
    private static List<Integer> counts(IngestJob.Report report) {
        return List.of(report.ingested(), report.unchanged(), report.reextracted());
    }

    private static StoreStats stats(Path data) throws Exception {
        try (StoreReader reader = StoreReader.open(data)) {
            return StoreStats.of(reader.searcher());
        }
    }

    private static Path copyOfModels(Path to) throws IOException {
        Path from = STAGES.models().dir();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void appendComment(Path file) throws IOException {
        Files.writeString(file, "# an edit\n", StandardOpenOption.APPEND);
    }
}
