package org.newsclaims.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.newsclaims.bench.FuzzInputs.Input;
import org.newsclaims.bench.FuzzInputs.Kind;
import org.newsclaims.claims.Claim;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.dedup.Anchor;
import org.newsclaims.dedup.Fingerprint;
import org.newsclaims.dedup.ReprintDetector;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;
import org.newsclaims.money.AmountMention;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.money.NumberFinder;
import org.newsclaims.money.NumberMention;
import org.newsclaims.normalize.NormalizedText;
import org.newsclaims.normalize.TextNormalizer;
import org.newsclaims.pipeline.Stages;

/**
 * Runs {@link FuzzInputs} through the reader, the numeral grammar, money recognition, claim
 * extraction and the reprint fingerprint, and checks what must hold for any input: no exception
 * but the reader's own refusal ({@link IngestException}), no input over {@link #SLOW_MILLIS}, every
 * mention and sentence equal to the text at its offsets, every value a number that prints and
 * parses back. Inputs run one at a time on a thread of their own, so that one that never ends is
 * counted and left behind.
 */
public final class Fuzzer {

    /** An input that takes longer than this counts as a hang. */
    public static final long SLOW_MILLIS = 2_000;
    /** An input still running after this is left behind on its daemon thread, and the run goes on. */
    static final long GIVE_UP_MILLIS = 30_000;

    private static final String WARM_UP = "据路透社报道,该公司去年亏损50亿美元。\n阿里巴巴称,营收为2,000亿元人民币。";

    /** What went wrong with one input, and how to make that input again. */
    public record Failure(int index, String what, String problem) {
    }

    public record Result(long seed, int from, int inputs, long slowMillis, Map<Kind, Integer> byKind, int refused, int articles, long amounts,
                         long numbers, long claims, List<Failure> crashes, List<Failure> hangs, int slowestIndex,
                         String slowestWhat, double slowestMillis, double seconds, long peakHeapBytes, long heapGrowthBytes) {

        public boolean ok() {
            return crashes.isEmpty() && hangs.isEmpty();
        }

        public String summary() {
            StringBuilder sb = new StringBuilder(String.format(
                    "fuzz: %,d inputs (seed %d, from #%d: %s) in %.1f s; %,d refused by the reader, %,d read;"
                            + " %,d numbers, %,d amounts, %,d claims%n"
                            + "  crashes (exceptions or broken invariants) %d, hangs (over %d ms) %d; slowest #%d %.0f ms (%s)%n"
                            + "  peak heap %,d MB (max %,d MB), live heap grew %,d MB over the run%n",
                    inputs, seed, from, byKind, seconds, refused, articles, numbers, amounts, claims,
                    crashes.size(), slowMillis, hangs.size(), slowestIndex, slowestMillis, slowestWhat,
                    peakHeapBytes >> 20, Runtime.getRuntime().maxMemory() >> 20, heapGrowthBytes >> 20));
            for (Failure f : crashes) {
                sb.append(String.format("  crash #%d (%s): %s%n", f.index(), f.what(), f.problem()));
            }
            for (Failure f : hangs) {
                sb.append(String.format("  hang #%d (%s): %s%n", f.index(), f.what(), f.problem()));
            }
            return sb.toString();
        }
    }

    /** What one input gave, when it ran to the end. */
    record Outcome(boolean refused, int numbers, int amounts, int claims, List<String> problems) {
    }

    private final ArticleReader reader;
    private final ClaimExtractor extractor;
    private final MoneyRecognizer money;
    private final ReprintDetector reprints;

    public Fuzzer(Stages stages) {
        this.reader = stages.reader();
        this.extractor = stages.claims();
        this.money = stages.money();
        this.reprints = stages.reprints();
    }

    /** The news files of {@code dir} (those the reader reads), as samples to mutate. */
    public List<FuzzInputs.Sample> samples(Path dir) throws IOException {
        List<FuzzInputs.Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    Article a = reader.read(p);
                    out.add(new FuzzInputs.Sample(p.getFileName().toString(), a.text(), a.language()));
                } catch (IngestException e) {
                    // not news: nothing to mutate
                }
            }
        }
        return out;
    }

    /** Runs inputs {@code from} to {@code from + count - 1} of {@code inputs}. */
    public Result run(FuzzInputs inputs, long seed, int from, int count, IntConsumer progress) throws InterruptedException {
        return run(inputs, seed, from, count, SLOW_MILLIS, progress);
    }

    /** As {@link #run(FuzzInputs, long, int, int, IntConsumer)}, with inputs over {@code slowMillis} counted as hangs. */
    public Result run(FuzzInputs inputs, long seed, int from, int count, long slowMillis, IntConsumer progress)
            throws InterruptedException {
        // CoreNLP, Tika's parsers and PDFBox's fonts load once, before any input is timed
        for (Formats.Format format : Formats.Format.values()) {
            check(new Input(-1, Kind.FILE, "warm-up." + format.extension, Formats.write(WARM_UP, format), null, null, "warm-up"));
        }
        long liveBefore = HeapUse.live();
        HeapUse.resetPeak();
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        List<Failure> crashes = new ArrayList<>();
        List<Failure> hangs = new ArrayList<>();
        int refused = 0;
        int articles = 0;
        long amounts = 0;
        long numbers = 0;
        long claims = 0;
        int slowest = -1;
        String slowestWhat = "";
        double slowestMillis = 0;
        long t0 = System.nanoTime();
        ExecutorService worker = newWorker();
        try {
            for (int i = from; i < from + count; i++) {
                Input in = inputs.input(i);
                byKind.merge(in.kind(), 1, Integer::sum);
                long start = System.nanoTime();
                Future<Outcome> running = worker.submit(() -> check(in));
                Outcome outcome = null;
                try {
                    outcome = running.get(GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    running.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                } catch (ExecutionException e) {
                    crashes.add(new Failure(i, in.what(), describe(e.getCause())));
                }
                double millis = (System.nanoTime() - start) / 1e6;
                if (millis > slowestMillis) {
                    slowestMillis = millis;
                    slowest = i;
                    slowestWhat = in.what();
                }
                if (millis > slowMillis) {
                    hangs.add(new Failure(i, in.what(), outcome == null && millis >= GIVE_UP_MILLIS
                            ? "still running after " + GIVE_UP_MILLIS + " ms, left behind" : String.format("took %.0f ms", millis)));
                }
                if (outcome != null) {
                    for (String problem : outcome.problems()) {
                        crashes.add(new Failure(i, in.what(), problem));
                    }
                    if (outcome.refused()) {
                        refused++;
                    } else {
                        articles++;
                    }
                    numbers += outcome.numbers();
                    amounts += outcome.amounts();
                    claims += outcome.claims();
                }
                progress.accept(i - from + 1);
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = HeapUse.peakWithGarbage();
        return new Result(seed, from, count, slowMillis, byKind, refused, articles, amounts, numbers, claims, crashes, hangs, slowest,
                slowestWhat, slowestMillis, seconds, peak, HeapUse.live() - liveBefore);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsclaims-fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    /** One input through every stage; a thrown exception is a crash, a returned problem a broken invariant. */
    Outcome check(Input in) {
        List<String> problems = new ArrayList<>();
        Article article;
        int numbers = 0;
        if (in.kind() == Kind.TEXT) {
            String text = in.text();
            article = new Article("fuzz" + in.index(), Path.of("fuzz"), "text/plain", "UTF-8", text,
                    List.of(new Span(0, text.length())), null, null, in.language());
            numbers = checkNumbers(text, in.language(), problems);
        } else {
            try {
                article = reader.read(Path.of(in.name()), in.bytes());
            } catch (IngestException e) {
                if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                    problems.add("a refusal that is not one line: " + e.getMessage());
                }
                return new Outcome(true, 0, 0, 0, problems);
            }
            checkArticle(article, problems);
            numbers = checkNumbers(article.text(), article.language(), problems);
        }
        String text = article.text();
        NormalizedText normalized = TextNormalizer.nfkc(text);
        List<AmountMention> amounts = extractor.amounts(article, normalized);
        for (AmountMention m : amounts) {
            checkAmount(text, m, problems);
        }
        List<Claim> claims = extractor.extract(article, amounts);
        for (Claim c : claims) {
            checkAmount(text, c.amount(), problems);
            // an amount may run past its sentence's end on garbage (¥.½: the splitter ends the sentence at the point)
            if (!inText(text, c.sentenceStart(), c.sentenceEnd()) || !c.sentence().equals(text.substring(c.sentenceStart(), c.sentenceEnd()))
                    || c.amount().start() < c.sentenceStart() || c.amount().start() > c.sentenceEnd()) {
                problems.add("sentence [" + c.sentenceStart() + ", " + c.sentenceEnd() + ") is not the text there or not the amount's: "
                        + c.sentence());
            }
        }
        Fingerprint f = reprints.fingerprint(article, normalized, amounts);
        for (Anchor a : f.anchors()) {
            // $USD:5000000000 or a range, $USD:20000000000-30000000000
            if (a.key().startsWith("$")) {
                String value = a.key().substring(a.key().indexOf(':') + 1);
                int dash = value.indexOf('-', 1);
                if (parses(dash < 0 ? value : value.substring(0, dash)) == null || dash >= 0 && parses(value.substring(dash + 1)) == null) {
                    problems.add("money anchor does not parse: " + a.key());
                }
            }
        }
        ReprintDetector.compare(f, f);
        return new Outcome(false, numbers, amounts.size(), claims.size(), problems);
    }

    private static void checkArticle(Article a, List<String> problems) {
        int last = 0;
        for (Span s : a.body()) {
            if (s.start() < last || s.end() > a.text().length()) {
                problems.add("body span [" + s.start() + ", " + s.end() + ") out of order or outside the text");
            }
            last = s.end();
        }
        if (a.docId() == null || a.title() == null || a.language() == null) {
            problems.add("an article without id, title or language");
        }
    }

    private int checkNumbers(String text, Language lang, List<String> problems) {
        NumberFinder finder = money.numbers();
        List<NumberMention> found = finder.find(TextNormalizer.nfkc(text), lang);
        for (NumberMention n : found) {
            if (!inText(text, n.start(), n.end()) || !n.text().equals(text.substring(n.start(), n.end()))) {
                problems.add("number [" + n.start() + ", " + n.end() + ") is not the text there: " + n.text());
            }
            if (n.kind() != NumberMention.Kind.RANGE && n.value() == null) {
                problems.add("number without a value: " + n.text());
            }
            for (BigDecimal v : new BigDecimal[] {n.value(), n.low(), n.high()}) {
                if (v != null && !printsAndParses(v)) {
                    problems.add("number value does not print and parse back: " + n.text());
                }
            }
        }
        return found.size();
    }

    private static void checkAmount(String text, AmountMention m, List<String> problems) {
        if (!inText(text, m.start(), m.end()) || !m.text().equals(text.substring(m.start(), m.end()))) {
            problems.add("amount [" + m.start() + ", " + m.end() + ") is not the text there: " + m.text());
            return;
        }
        if (!m.vague() && m.low() == null && m.high() == null && m.value() == null) {
            problems.add("amount without a value: " + m.text());
        }
        for (BigDecimal v : new BigDecimal[] {m.value(), m.low(), m.high()}) {
            if (v != null && !printsAndParses(v)) {
                problems.add("amount value does not print and parse back: " + m.text());
            }
        }
        // "USD 5000000000", "USD 20000000000-30000000000", "USD ~1e9 (vague)"
        String n = m.normalized();
        int space = n.indexOf(' ');
        String number = space < 0 ? "" : n.substring(space + 1);
        if (m.vague()) {
            number = number.replaceFirst("^~(1e-?\\d+) \\(vague\\)$", "$1");
        } else if (m.low() != null) {
            number = number.substring(number.indexOf('-', 1) + 1);
        }
        if (parses(number) == null) {
            problems.add("normalized amount does not parse: " + n + " (" + m.text() + ")");
        }
    }

    private static boolean inText(String text, int start, int end) {
        return 0 <= start && start <= end && end <= text.length();
    }

    /** A value prints in plain digits of sane length and reads back as itself. */
    private static boolean printsAndParses(BigDecimal v) {
        if (v.precision() - v.scale() > 100 || v.scale() > 100) {
            return false;
        }
        BigDecimal back = parses(v.toPlainString());
        return back != null && back.compareTo(v) == 0;
    }

    private static BigDecimal parses(String s) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getName()).append(": ").append(e.getMessage());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.newsclaims.")) {
                sb.append(" at ").append(frame);
                break;
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
