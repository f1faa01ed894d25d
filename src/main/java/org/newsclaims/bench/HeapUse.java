package org.newsclaims.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The heap as the benchmarks measure it: live (after a full collection) and at its peak, garbage included. */
final class HeapUse {

    private HeapUse() {
    }

    /** Heap in use right after a full collection. */
    static long live() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collects, then starts the heap's peak afresh for {@link #peakWithGarbage()}. */
    static void resetPeak() {
        System.gc();
        pools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most heap in use at any time, garbage included, since {@link #resetPeak()}. */
    static long peakWithGarbage() {
        return pools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
