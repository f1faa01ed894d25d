package org.newsclaims.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Range checks of numeric options: a value outside is a usage error, one line and exit 2, as picocli's own are. */
final class OptionRanges {

    /** More workers than this only cost memory: each reads files ahead of the linker. */
    static final int MAX_THREADS = 256;

    /** Corpus growth factor of the benchmarks: 256 copies of the news sample are about 140,000 files. */
    static final int MAX_SCALE = 256;

    /** Input slices of a spark run: beyond this the driver spends more on tasks than they do. */
    static final int MAX_PARTITIONS = 100_000;

    private OptionRanges() {
    }

    static void between(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + ", not " + value);
        }
    }
}
