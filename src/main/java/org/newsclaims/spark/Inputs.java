package org.newsclaims.spark;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsclaims.pipeline.IngestJob;

/**
 * The files a run reads, found on the driver: directories walked as {@code ingest} walks them, globs
 * ({@code 'cc-news/2024/*.warc.gz'}, quoted so that the shell leaves them) expanded, in ingest order.
 */
final class Inputs {

    private static final String GLOB_CHARS = "*?[{";

    private Inputs() {
    }

    /** The files of {@code args}; what cannot be walked goes to {@code failed}. */
    static List<Path> files(List<String> args, List<IngestJob.Failure> failed) throws SparkJobException {
        List<Path> roots = new ArrayList<>();
        for (String arg : args) {
            if (arg.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0)) {
                List<Path> matched = glob(arg);
                if (matched.isEmpty()) {
                    throw new SparkJobException("no file matches " + arg);
                }
                roots.addAll(matched);
            } else if (Files.exists(Path.of(arg))) {
                roots.add(Path.of(arg));
            } else {
                throw new SparkJobException(arg + ": no such file or directory");
            }
        }
        return IngestJob.listFiles(roots, failed);
    }

    static boolean warc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static List<Path> glob(String pattern) throws SparkJobException {
        String full = pattern.startsWith("/") ? pattern : Path.of("").toAbsolutePath() + "/" + pattern;
        int firstGlob = indexOfGlob(full);
        Path base = Path.of(full.substring(0, full.lastIndexOf('/', firstGlob) + 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(matcher::matches).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SparkJobException("cannot expand " + pattern + ": " + e.getMessage(), e);
        }
    }

    private static int indexOfGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (GLOB_CHARS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
