package org.newsclaims.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.LanguageDetector;
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
     * Reads every {@code *.txt} file of {@code dir} in Chinese or Vietnamese (language detected as
     * ingest does), warms up, then times {@code passes} passes of normalize + {@link MoneyRecognizer#find}
     * on the calling thread.
     */
    public static Result run(MoneyRecognizer recognizer, Path dir, int passes) {
        List<String> texts = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Language language = LanguageDetector.detect(text);
                if (language != null) {
                    texts.add(text);
                    langs.add(language.tag());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
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

    private static int pass(MoneyRecognizer r, List<String> texts, List<String> langs) {
        int n = 0;
        for (int i = 0; i < texts.size(); i++) {
            NormalizedText nt = TextNormalizer.nfkc(texts.get(i));
            n += r.find(nt, langs.get(i)).size();
        }
        return n;
    }
}
