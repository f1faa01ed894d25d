package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.index.ArticleStore;
import org.newsclaims.ingest.HostileFiles;

/** Hostile files in a folder of news: one line each, the news ingests, the heap stays under the launcher's limit. */
class HostileIngestTest {

    @TempDir
    Path tmp;

    @Test
    void hostileFilesAmongNewsAreReportedAndSkippedAndTheNewsIngests() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        List<Path> sample = IngestJob.listFiles(List.of(Path.of("../shared/news-sample")), new ArrayList<>());
        for (Path p : sample.subList(0, 20)) {
            Files.copy(p, docs.resolve(p.getFileName()));
        }
        HostileFiles.zipBombDocx(docs.resolve("h1-bomb.docx"), 1L << 30);
        HostileFiles.nestedDocx(docs.resolve("h2-nested.docx"), 10_000);
        HostileFiles.pageTreePdf(docs.resolve("h3-pages.pdf"), 40);
        HostileFiles.randomBytes(docs.resolve("h4-random.txt"), 200 * 1024, 23);
        HostileFiles.flateBombPdf(docs.resolve("h5-bomb.pdf"), 1L << 30);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        IngestJob.Report first = ingest(tmp.resolve("data"), docs);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        assertEquals(20, first.ingested(), first.failed().toString());
        Map<String, String> reasons = reasons(first);
        assertEquals(List.of("h1-bomb.docx", "h2-nested.docx", "h3-pages.pdf", "h4-random.txt", "h5-bomb.pdf"),
                List.copyOf(reasons.keySet()));
        assertTrue(reasons.get("h1-bomb.docx").contains("inflate-ratio limit"), reasons.toString());
        assertTrue(reasons.get("h2-nested.docx").contains("nested too deeply"), reasons.toString());
        assertTrue(reasons.get("h4-random.txt").startsWith("not text in a known language"), reasons.toString());
        assertTrue(reasons.get("h5-bomb.pdf").contains("entry-size limit"), reasons.toString());
        for (String reason : reasons.values()) {
            assertFalse(reason.contains("\n") || reason.contains("Exception"), "one clear line: " + reason);
        }
        // the sum of each pool's peak is at least the heap's peak
        assertTrue(peak < launcherHeapBytes(), "peak heap " + (peak >> 20) + " MB");

        IngestJob.Report rerun = ingest(tmp.resolve("data"), docs);
        assertEquals(20, rerun.unchanged());
        assertEquals(reasons, reasons(rerun), "a rerun meets the same files the same way");
    }

    private static IngestJob.Report ingest(Path data, Path docs) throws Exception {
        try (ArticleStore store = ArticleStore.open(data, STAGES.build())) {
            return new IngestJob(STAGES, store, IngestJob.DEFAULT_COMMIT_EVERY, 2)
                    .run(List.of(docs), (done, total) -> { });
        }
    }

    private static Map<String, String> reasons(IngestJob.Report report) {
        Map<String, String> out = new TreeMap<>();
        report.failed().forEach(f -> out.put(Path.of(f.path()).getFileName().toString(), f.reason()));
        return out;
    }

    /** The -Xmx the launcher gives the CLI by default. */
    private static long launcherHeapBytes() throws Exception {
        Matcher m = Pattern.compile("NEWSCLAIMS_HEAP:-(\\d+)([gm])").matcher(Files.readString(Path.of("newsclaims")));
        assertTrue(m.find(), "the launcher names its heap");
        return Long.parseLong(m.group(1)) << (m.group(2).equals("g") ? 30 : 20);
    }
}
