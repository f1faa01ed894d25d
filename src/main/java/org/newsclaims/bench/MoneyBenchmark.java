package org.newsclaims.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;

/** Recognition throughput on one core: NFKC normalization plus money recognition over a folder of text. */
public final class MoneyBenchmark {

    /** Characters per second, the number of mentions found, and the characters read per pass. */
    public record Result(long chars, long utf8Bytes, int files, int mentions, double seconds, double charsPerSecond) {
        public double utf8BytesPerSecond() {
            return charsPerSecond * utf8Bytes / chars;
        }
    }

    private MoneyBenchmark() {
    }

    /**
     * Reads the {@link TextFiles text files} of {@code dir}, warms up, then times {@code passes} passes
     * of normalize + {@link MoneyRecognizer#find} on the calling thread.
     */
    public static Result run(MoneyRecognizer recognizer, Path dir, int passes) {
        List<TextFiles.TextFile> files;
        try {
            files = TextFiles.in(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        List<String> texts = files.stream().map(TextFiles.TextFile::text).toList();
        List<Language> langs = files.stream().map(TextFiles.TextFile::language).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        for (int w = 0; w < 3; w++) {
            pass(recognizer, texts, langs);
        }
        long t0 = System.nanoTime();
        int mentions = 0;
        for (int p = 0; p < passes; p++) {
            mentions = pass(recognizer, texts, langs);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(chars, bytes, texts.size(), mentions, seconds, chars * passes / seconds);
    }

    private static int pass(MoneyRecognizer r, List<String> texts, List<Language> langs) {
        int n = 0;
        for (int i = 0; i < texts.size(); i++) {
            NormalizedText nt = TextNormalizer.nfkc(texts.get(i));
            n += r.find(nt, langs.get(i)).size();
        }
        return n;
    }
}
