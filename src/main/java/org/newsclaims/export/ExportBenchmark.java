package org.newsclaims.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsclaims.query.ClaimFilter;

/**
 * Exports a synthetic store of many claims in every format and prints time, size and peak heap.
 * Usage: {@code ExportBenchmark [CLAIMS]} (default 1,000,000; 100 claims an article), run with a small
 * heap (e.g. {@code -Xmx512m}) to show that an export streams.
 */
public final class ExportBenchmark {

    private static final int CLAIMS_PER_ARTICLE = 100;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0].replace(",", "").replace("_", "")) : 1_000_000;
        Path dir = Files.createTempDirectory("export-bench");
        try {
            long t0 = System.nanoTime();
            SyntheticClaims.write(dir.resolve("data"), claims / CLAIMS_PER_ARTICLE, CLAIMS_PER_ARTICLE);
            System.out.printf("store of %,d claims built in %.1f s%n", claims, (System.nanoTime() - t0) / 1e9);
            ClaimFilter all = new ClaimFilter(null, null, null, null, null, null, null, false, null, null, false);
            for (ExportFormat format : ExportFormat.values()) {
                resetPeaks();
                long t1 = System.nanoTime();
                Path out = dir.resolve("claims." + format);
                Exporter.Result r = Exporter.run(new Exporter.Request(dir.resolve("data"), format, out, false, false, false,
                        all, null, "newsclaims benchmark", "ExportBenchmark " + claims));
                double secs = (System.nanoTime() - t1) / 1e9;
                System.out.printf("%-8s %,d rows in %.1f s (%,.0f rows/s), %,d MB, peak heap %,d MB of max %,d MB%n", format,
                        r.card().rows(), secs, r.card().rows() / secs, Files.size(out) >> 20, peakHeap() >> 20,
                        Runtime.getRuntime().maxMemory() >> 20);
                Files.delete(out);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
