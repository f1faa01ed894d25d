package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.bench.Reprinting;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.index.BuildFingerprint;
import org.newsclaims.index.Fields;
import org.newsclaims.query.StoreReader;
import org.newsclaims.query.StoreStats;

/** Ingest into a real on-disk Lucene store: idempotence, replacement, and every kind of bad input. */
class IngestJobTest {

    private static final ClaimExtractor EXTRACTOR = STAGES.claims();
    private static final BuildFingerprint BUILD = STAGES.build();

    @TempDir
    Path tmp;

    private IngestJob.Report ingest(Path data, List<Path> roots) throws Exception {
        return ingest(data, roots, 2, 2);
    }

    private IngestJob.Report ingest(Path data, List<Path> roots, int commitEvery, int threads) throws Exception {
        try (ArticleStore store = ArticleStore.open(data, BUILD)) {
            return new IngestJob(STAGES, store, commitEvery, threads)
                    .run(roots, (done, total) -> { });
        }
    }

    @Test
    void parallelIngestStoresExactlyWhatASequentialOneDoes() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("reprinted"));
        List<Path> sample = IngestJob.listFiles(List.of(Path.of("../shared/news-sample")), new java.util.ArrayList<>());
        for (Path p : sample.subList(0, 12)) {
            var a = STAGES.reader().read(p);
            Files.copy(p, docs.resolve(p.getFileName()));
            for (int k = 1; k < 4; k++) {
                Files.writeString(docs.resolve(p.getFileName() + ".reprint" + k + ".txt"), Reprinting.reprint(
                        a.text(), k, a.language().isChinese(), a.language().tag().equals("zh-Hant")));
            }
        }
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        IngestJob.Report one = ingest(tmp.resolve("one"), List.of(docs), 3, 1);
        IngestJob.Report two = ingest(tmp.resolve("two"), List.of(docs), 3, 2);
        assertEquals(one.ingested(), two.ingested());
        assertEquals(one.claims(), two.claims());
        assertEquals(one.failed(), two.failed());
        Map<String, String> stored = stored(tmp.resolve("one"));
        assertTrue(stored.values().stream().anyMatch(v -> v.contains("\tlinks=") && !v.endsWith("\tlinks=")), "the reprints are linked");
        assertEquals(stored, stored(tmp.resolve("two")));
        assertEquals(filesOfLastCommit(tmp.resolve("two")), filesOnDisk(tmp.resolve("two")),
                "segments merged away during the run were deleted: no reader kept them");
    }

    private static java.util.Set<String> filesOfLastCommit(Path data) throws IOException {
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"))) {
            java.util.Set<String> files = new java.util.TreeSet<>(org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).files(true));
            files.add("write.lock");
            return files;
        }
    }

    private static java.util.Set<String> filesOnDisk(Path data) throws IOException {
        try (var listing = Files.list(data.resolve("index"))) {
            return listing.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    /** Per stored document (article or claim), its id, links and claim fields: what a run decided. */
    private static Map<String, String> stored(Path data) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            var fields = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                var d = fields.document(i);
                String key = d.get(Fields.CLAIM_ID) != null ? d.get(Fields.CLAIM_ID) : d.get(Fields.PATH);
                out.put(key, String.join("\t", d.get(Fields.DOC_ID), "subject=" + d.get(Fields.SUBJECT),
                        "source=" + d.get(Fields.SOURCE), "links=" + (d.get(Fields.LINKS) == null ? "" : d.get(Fields.LINKS))));
            }
        }
        return out;
    }

    @Test
    void reingestIsANoOpAndAChangedFileReplacesItsOldVersion() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Path file = docs.resolve("a.txt");
        Files.copy(Path.of("corpus/003_3fd00ecdb690494d.txt"), file);
        Path data = tmp.resolve("data");
        assertEquals(1, ingest(data, List.of(docs)).ingested());
        IngestJob.Report again = ingest(data, List.of(docs));
        assertEquals(0, again.ingested());
        assertEquals(1, again.unchanged());

        Files.writeString(file, Files.readString(Path.of("corpus/000_0c0986e9bb383d28.txt")));
        assertEquals(1, ingest(data, List.of(docs)).ingested());
        try (StoreReader reader = StoreReader.open(data)) {
            assertEquals(1, StoreStats.of(reader.searcher()).articles(), "the old version was replaced, not added to");
        }
    }

    @Test
    void badInputsAreReportedAndTheBatchGoesOn() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("bad"));
        Files.copy(Path.of("corpus/002_b6c9298f0427f3c7.txt"), docs.resolve("good.txt"));
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(docs.resolve("garbage.bin"), garbage);
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/fixtures/003.pdf"));
        Files.write(docs.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        byte[] utf8 = Files.readString(Path.of("corpus/000_0c0986e9bb383d28.txt")).getBytes(StandardCharsets.UTF_8);
        utf8[500] = (byte) 0xFF;
        Files.write(docs.resolve("invalid-utf8.txt"), utf8);
        writeLargeFile(docs.resolve("huge.txt"), 50L * 1024 * 1024);
        Files.createSymbolicLink(docs.resolve("loop-a"), docs.resolve("loop-b"));
        Files.createSymbolicLink(docs.resolve("loop-b"), docs.resolve("loop-a"));

        IngestJob.Report report = ingest(tmp.resolve("data"), List.of(docs, tmp.resolve("missing.txt")));

        assertEquals(1, report.ingested(), "the good file is ingested in spite of the bad ones");
        Map<String, String> reasons = report.failed().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), IngestJob.Failure::reason, (a, b) -> a));
        assertEquals("empty file", reasons.get("empty.txt"));
        assertTrue(reasons.get("garbage.bin").contains("binary"), reasons.get("garbage.bin"));
        assertTrue(reasons.get("truncated.pdf").startsWith("cannot parse application/pdf"), reasons.get("truncated.pdf"));
        assertTrue(reasons.get("invalid-utf8.txt").startsWith("invalid UTF-8 at byte"), reasons.get("invalid-utf8.txt"));
        assertTrue(reasons.get("huge.txt").startsWith("file too large"), reasons.get("huge.txt"));
        assertTrue(reasons.get("loop-a").contains("link"), reasons.get("loop-a"));
        assertEquals("no such file or directory", reasons.get("missing.txt"));
        for (String reason : reasons.values()) {
            assertFalse(reason.contains("\n") || reason.contains("Exception"), "one clear line: " + reason);
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedOrWrittenIsAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        ArticleStore.StoreException e = assertThrows(ArticleStore.StoreException.class,
                () -> ArticleStore.open(file.resolve("data"), BUILD));
        assertTrue(e.getMessage().startsWith("cannot open data directory"), e.getMessage());

        // a data directory whose index cannot be made a directory: no user, root included, can write there
        Path blocked = Files.createDirectories(tmp.resolve("blocked"));
        Files.writeString(blocked.resolve("index"), "x");
        e = assertThrows(ArticleStore.StoreException.class, () -> ArticleStore.open(blocked, BUILD));
        assertTrue(e.getMessage().startsWith("cannot open data directory " + blocked), e.getMessage());
    }

    @Test
    void aReadOnlyDataDirectoryIsAClearError() throws Exception {
        Path readOnly = Files.createDirectories(tmp.resolve("ro"));
        assertTrue(readOnly.toFile().setWritable(false, false));
        try {
            assumeFalse(Files.isWritable(readOnly),
                    "this user may write a directory without write permission (root may): a read-only directory stops only others");
            ArticleStore.StoreException e = assertThrows(ArticleStore.StoreException.class, () -> ArticleStore.open(readOnly, BUILD));
            assertTrue(e.getMessage().startsWith("cannot open data directory " + readOnly), e.getMessage());
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void killDashNineLosesNothingCommittedAndARerunFinishes() throws Exception {
        Path sample = Path.of("../shared/news-sample");
        Path data = tmp.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newsclaims.cli.Main",
                "ingest", sample.toString(), "--data", data.toString(), "--commit-every", "5")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        // evidence of progress before the kill: three commits (of five files each) on disk
        Path indexDir = data.resolve("index");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (committedSegments(indexDir) < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(committedSegments(indexDir) >= 3, "the child committed before it was killed: " + Files.readString(tmp.resolve("child.log")));
        assertTrue(child.isAlive(), "the child was still ingesting when killed");
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no final commit
        int committed;
        try (StoreReader reader = StoreReader.open(data)) {
            committed = (int) StoreStats.of(reader.searcher()).articles();
        }
        assertTrue(committed > 0, "commits made before the kill survive");
        IngestJob.Report rerun = ingest(data, List.of(sample));
        assertEquals(0, rerun.failed().size(), rerun.failed().toString());
        assertTrue(rerun.ingested() > 0, "the kill came mid-run: files were left to ingest");
        assertEquals(committed, rerun.unchanged(), "what was committed is not redone");
        try (StoreReader reader = StoreReader.open(data)) {
            assertEquals(committed + rerun.ingested(), StoreStats.of(reader.searcher()).articles());
            assertEquals(IngestJob.listFiles(List.of(sample), new java.util.ArrayList<>()).size(),
                    StoreStats.of(reader.searcher()).articles());
        }
    }

    private static long committedSegments(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return 0;
        }
        try (var files = Files.list(indexDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("segments_")).mapToLong(f -> {
                String gen = f.getFileName().toString().substring("segments_".length());
                return Long.parseLong(gen, Character.MAX_RADIX);
            }).max().orElse(0);
        }
    }

    private static void writeLargeFile(Path path, long bytes) throws IOException {
        byte[] line = "这是一行很长的测试文本,用来检查大文件不会耗尽内存。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(path)) {
            for (long written = 0; written < bytes; written += line.length) {
                out.write(line);
            }
        }
    }
}
