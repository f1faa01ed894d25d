package org.newsclaims.index;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;

/**
 * Analysis shared by articles and claims, in every language: ICU word breaking with Han
 * characters as single tokens, NFKC, Traditional folded to Simplified, Han bigrams (so the
 * index does not depend on one segmenter's idea of a word). The {@code folded} analyzer also
 * removes diacritics and case, so "lo von" finds "lỗ vốn"; the {@code exact} one keeps them.
 */
public final class Analyzers {

    private Analyzers() {
    }

    public static Analyzer folded() {
        return build(true);
    }

    public static Analyzer exact() {
        return build(false);
    }

    /** The analyzer for documents and queries: exact for {@link Fields#EXACT_FIELDS}, folded otherwise. */
    public static Analyzer perField() {
        Analyzer exact = exact();
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (String f : Fields.EXACT_FIELDS) {
            byField.put(f, exact);
        }
        return new PerFieldAnalyzerWrapper(folded(), byField);
    }

    /**
     * The characters Traditional→Simplified can change. ICUTransformFilter computes this set for
     * each transliterator without a filter, at a cost of tens of milliseconds, and analysis builds
     * one for each field on each thread; with the set given, it is computed once.
     */
    private static final UnicodeSet TRADITIONAL_SOURCE = Transliterator.getInstance("Traditional-Simplified").getSourceSet().freeze();

    private static Transliterator traditionalToSimplified() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        t.setFilter(TRADITIONAL_SOURCE);
        return t;
    }

    private static Analyzer build(boolean fold) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
                TokenStream ts = tail(new ICUTransformFilter(new ICUNormalizer2Filter(tokenizer), traditionalToSimplified()), fold);
                return new TokenStreamComponents(tokenizer, ts);
            }
        };
    }

    /** What follows word breaking, NFKC and Traditional→Simplified: folding (or not) and bigrams. */
    private static TokenStream tail(TokenStream ts, boolean fold) {
        return new CJKBigramFilter(fold ? new ICUFoldingFilter(ts) : ts);
    }

    /** Word breaking, NFKC and Traditional→Simplified: what both analyzers start with. Its components are reused per thread. */
    private static final Analyzer SHARED_START = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
            return new TokenStreamComponents(tokenizer, new ICUTransformFilter(new ICUNormalizer2Filter(tokenizer), traditionalToSimplified()));
        }
    };

    /**
     * A text analyzed once for a folded and an exact field: the tokens of {@link #folded()} and
     * {@link #exact()}, with the work they share done once. {@code folded} must be consumed first
     * (Lucene inverts a document's fields in the order they were added).
     */
    record Pair(TokenStream folded, TokenStream exact) {
    }

    static Pair foldedAndExact(String text) {
        TeeSinkTokenFilter start = new TeeSinkTokenFilter(SHARED_START.tokenStream("", text));
        TokenStream exact = start.newSinkTokenStream();
        return new Pair(tail(start, true), tail(exact, false));
    }

    /** The {@link #folded()} analysis of texts analyzed ahead of indexing ({@link #foldedOnce}). */
    private static final Analyzer FOLDED = folded();

    /**
     * {@code text} analyzed once by {@link #folded()} for the fields of several documents: each
     * stream the supplier gives replays its tokens. An article's title, indexed in the article and
     * in each of its claims, and a sentence holding several claims are then analyzed once.
     */
    static Supplier<TokenStream> foldedOnce(String text) {
        TeeSinkTokenFilter tokens = new TeeSinkTokenFilter(FOLDED.tokenStream("", text));
        try {
            tokens.reset();
            tokens.consumeAllTokens();
            tokens.end();
            tokens.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze a string", e);
        }
        return tokens::newSinkTokenStream;
    }
}
