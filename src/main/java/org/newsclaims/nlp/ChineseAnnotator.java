package org.newsclaims.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.wordseg.ChineseDictionary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Stanford CoreNLP for Chinese: segmentation, POS and NER, loaded on first use. Make one per process
 * and pass it to what annotates: loading the pipeline takes several seconds and over a gigabyte of
 * heap, of which about 600 MB of models stay. (A second instance in the same process gets the models
 * CoreNLP already loaded: CoreNLP pools its annotators.)
 *
 * <p>The segmenter is {@code ctb.small.gz}: measured on the seed sentences it gives the same
 * segmentation, tags and entities as the default {@code ctb.gz}, loads in 17 s instead of 44 s and
 * keeps 1.0 GB of heap instead of 1.8 GB. Its models (segmenter, POS tagger and NER) look their
 * features up in {@link HashedLookups hashed tables}, which find the same features faster.
 * Traditional text is folded to Simplified first (the models are trained on CTB, which is
 * Simplified). Callers pass sentences or parts of them; {@link #statistics()} makes the cost of
 * CoreNLP measurable.
 *
 * <p>The last {@value #REMEMBERED_SPANS} spans annotated are remembered by their Simplified text:
 * reprints repeat sentences (verbatim or in the other script), and CoreNLP is by far the costliest
 * stage, so a repeated span is annotated once. Thread-safe.
 */
public final class ChineseAnnotator {

    static final int REMEMBERED_SPANS = 4096;
    private static final String SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/";
    private static final String DICTIONARY = "dict-chris6.ser.gz";
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz";
    /** The models that get hashed tables: the segmenter, the POS tagger and the NER classifier. */
    public static final int MODELS = 3;

    /**
     * What CoreNLP was given: spans and characters annotated, characters whose tokens came from a
     * remembered span instead, and CPU nanoseconds spent in CoreNLP, summed over threads.
     */
    public record Statistics(long spans, long chars, long rememberedChars, long cpuNanos) {

        /** What was done after {@code earlier} was taken. */
        public Statistics since(Statistics earlier) {
            return new Statistics(spans - earlier.spans, chars - earlier.chars, rememberedChars - earlier.rememberedChars,
                    cpuNanos - earlier.cpuNanos);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong annotatedChars = new AtomicLong();
    private final AtomicLong annotatedSpans = new AtomicLong();
    private final AtomicLong annotatingNanos = new AtomicLong();
    private final AtomicLong rememberedChars = new AtomicLong();
    private final Map<String, List<Token>> rememberedSpans = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED_SPANS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > REMEMBERED_SPANS;
                }
            });
    private volatile StanfordCoreNLP pipeline;
    private volatile ChineseDictionary dictionary;
    private volatile long loadMillis = -1;
    private volatile int hashedModels;

    /** An annotator whose pipeline loads when it first annotates. */
    public ChineseAnnotator() {
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = build();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    private StanfordCoreNLP build() {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,ner");
        p.setProperty("tokenize.language", "zh");
        p.setProperty("segment.model", SEGMENTER + "ctb.small.gz");
        p.setProperty("segment.sighanCorporaDict", SEGMENTER);
        p.setProperty("segment.serDictionary", SEGMENTER + DICTIONARY);
        p.setProperty("segment.sighanPostProcessing", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/chinese-distsim.tagger");
        p.setProperty("ner.language", "chinese");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        // tokens and their tags are all newsclaims reads: no entity mentions
        p.setProperty("ner.buildEntityMentions", "false");
        StanfordCoreNLP loaded = new StanfordCoreNLP(p);
        hashedModels = HashedLookups.install(loaded);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
        return loaded;
    }

    /** Whether the segmenter's dictionary (Simplified script) holds {@code word}; it loads on first use. */
    public boolean isWord(String word) {
        ChineseDictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                d = dictionary;
                if (d == null) {
                    d = new ChineseDictionary(SEGMENTER + DICTIONARY);
                    dictionary = d;
                }
            }
        }
        return d.contains(word);
    }

    /** Tokens of {@code text.substring(start, end)}, with offsets into {@code text}. */
    public List<Token> annotate(String text, int start, int end) {
        return annotate(text, List.of(new int[] {start, end})).get(0);
    }

    /**
     * Tokens of each span {@code [start, end)} of {@code text}, with offsets into {@code text}.
     * The spans not remembered go to CoreNLP in one document, a line each, which gives the tokens
     * of separate calls at less cost; a span must not hold a line break.
     */
    public List<List<Token>> annotate(String text, List<int[]> spans) {
        List<String> inputs = new ArrayList<>(spans.size());
        Map<String, List<Token>> found = new HashMap<>();
        List<String> unseen = new ArrayList<>();
        for (int[] span : spans) {
            String slice = text.substring(span[0], span[1]);
            if (slice.indexOf('\n') >= 0 || slice.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a span to annotate holds a line break");
            }
            String simplified = TextNormalizer.toSimplified(slice);
            String input = withoutPrivateUse(simplified.length() == slice.length() ? simplified : slice);
            inputs.add(input);
            List<Token> remembered = rememberedSpans.get(input);
            if (input.isBlank()) {
                found.put(input, List.of());
            } else if (remembered != null) {
                found.put(input, remembered);
                rememberedChars.addAndGet(slice.length());
            } else if (!found.containsKey(input)) {
                found.put(input, null);
                unseen.add(input);
            }
        }
        if (!unseen.isEmpty()) {
            List<List<Token>> annotated = annotateLines(unseen);
            for (int k = 0; k < unseen.size(); k++) {
                found.put(unseen.get(k), annotated.get(k));
                rememberedSpans.put(unseen.get(k), annotated.get(k));
            }
        }
        List<List<Token>> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k)[0];
            List<Token> tokens = new ArrayList<>();
            for (Token t : found.get(inputs.get(k))) {
                int s = start + t.start();
                int e = start + t.end();
                tokens.add(new Token(s, e, text.substring(s, e), t.pos(), t.ner()));
            }
            out.add(tokens);
        }
        return out;
    }

    /**
     * {@code s} with private-use characters as □, one for one: CoreNLP's segmenter prints a warning to
     * standard error for each one it meets, and they have no meaning it could use.
     */
    private static String withoutPrivateUse(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) == Character.PRIVATE_USE) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = '\u25A1';
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** Tokens of each line, offsets into it, from one CoreNLP document of all the lines. */
    private List<List<Token>> annotateLines(List<String> lines) {
        // an Annotation, not a CoreDocument, which would also look for quotations
        Annotation doc = new Annotation(String.join("\n", lines));
        StanfordCoreNLP loaded = pipeline();
        long t0 = cpuNanos();
        loaded.annotate(doc);
        annotatingNanos.addAndGet(cpuNanos() - t0);
        List<List<Token>> out = new ArrayList<>(lines.size());
        int lineStart = 0;
        int next = 0;
        List<CoreLabel> all = doc.get(CoreAnnotations.TokensAnnotation.class);
        for (String line : lines) {
            int lineEnd = lineStart + line.length();
            List<Token> tokens = new ArrayList<>();
            while (next < all.size() && all.get(next).beginPosition() < lineEnd) {
                CoreLabel t = all.get(next++);
                tokens.add(new Token(t.beginPosition() - lineStart, Math.min(t.endPosition(), lineEnd) - lineStart,
                        t.word(), t.tag(), t.ner() == null ? "O" : t.ner()));
            }
            out.add(List.copyOf(tokens));
            annotatedChars.addAndGet(line.length());
            annotatedSpans.incrementAndGet();
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** CPU time of this thread: wall time would count the time other threads had the core. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** What CoreNLP was given since this annotator was made. */
    public Statistics statistics() {
        return new Statistics(annotatedSpans.get(), annotatedChars.get(), rememberedChars.get(), annotatingNanos.get());
    }

    /** Forgets the remembered spans, so that a benchmark starts from none. */
    public void forgetSpans() {
        rememberedSpans.clear();
    }

    /**
     * How many of the {@value #MODELS} models look their features up in {@link HashedLookups hashed
     * tables} (0 while the pipeline has not been loaded): fewer means a CoreNLP laid out otherwise,
     * which gives the same tokens, slower.
     */
    public int modelsWithHashedLookups() {
        return hashedModels;
    }

    /** Milliseconds the pipeline took to load, or -1 while it has not been loaded. */
    public long loadMillis() {
        return loadMillis;
    }
}
