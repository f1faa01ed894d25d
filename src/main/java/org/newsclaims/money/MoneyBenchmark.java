package org.newsclaims.money;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
     * Reads every {@code *.txt} file of {@code dir}, warms up, then times {@code passes} passes of
     * normalize + {@link MoneyRecognizer#find} on the calling thread.
     */
    public static Result run(MoneyRecognizer recognizer, Path dir, int passes) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        List<String> langs = texts.stream().map(MoneyBenchmark::guessLanguage).toList();
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

    /** vi when Latin letters outnumber Han characters, else zh-Hans (script does not change the cost). */
    private static String guessLanguage(String text) {
        long han = text.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.chars().filter(Character::isLetter).count() - han;
        return letters > han ? "vi" : "zh-Hans";
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/news-sample");
        Result r = run(MoneyRecognizer.load(org.newsclaims.ModelFiles.dir()), dir, 20);
        System.out.printf(java.util.Locale.ROOT, "%d files, %d chars (%d UTF-8 bytes), %d mentions per pass: %.0f chars/s, %.2f MB/s of UTF-8 text%n",
                r.files(), r.chars(), r.utf8Bytes(), r.mentions(), r.charsPerSecond(), r.utf8BytesPerSecond() / 1e6);
    }
}
