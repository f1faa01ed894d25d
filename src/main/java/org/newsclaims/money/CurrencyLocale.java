package org.newsclaims.money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsclaims.Models;
import org.newsclaims.ingest.Language;
import org.newsclaims.normalize.NormalizedText;

/**
 * Decides per article which currency a bare 元 stands for, by weighing the cue words of
 * {@code models/money/locale-cues.tsv} (Taiwanese and Hong Kong place names, outlets, institutions,
 * explicit currency words) by the rule of {@code locale-rule.tsv}: each distinct cue adds its kind's
 * weight (more in the first lines, where chrome, title and dateline stand) to its currency; the
 * heavier currency wins if it reaches what the article's script needs, else the script's default
 * holds. Simplified text needs much evidence, so one mention of 台湾 in a mainland article does not
 * make its 元 TWD. Immutable and thread-safe.
 */
public final class CurrencyLocale {

    private static final String FALLBACK = "CNY";

    private record CueWord(String currency, String kind) {
    }

    private record Weight(int anywhere, int inHead) {
    }

    private final WordIndex<CueWord> cues = new WordIndex<>();
    private final Map<String, Weight> weights = new HashMap<>();
    private final Map<Language, Integer> needs = new EnumMap<>(Language.class);
    private final Map<Language, String> defaults = new EnumMap<>(Language.class);
    private int headLines;

    private CurrencyLocale() {
    }

    /** Reads {@code money/locale-cues.tsv} and {@code money/locale-rule.tsv}. */
    public static CurrencyLocale load(Models models) {
        CurrencyLocale l = new CurrencyLocale();
        String rule = "money/locale-rule.tsv";
        for (Lexicon.Row r : Lexicon.rows(models, rule, 2, null, -1)) {
            if (r.cols().length < 3 && !r.col(0).equals("head")) {
                throw r.error(r.col(0) + " needs a script or kind and a value");
            }
            switch (r.col(0)) {
                case "weight" -> {
                    if (r.cols().length < 4) {
                        throw r.error("a weight needs a kind and two numbers");
                    }
                    l.weights.put(r.col(1), new Weight(number(r, 2), number(r, 3)));
                }
                case "needs" -> l.needs.put(language(r, 1), number(r, 2));
                case "default" -> l.defaults.put(language(r, 1), r.col(2));
                case "head" -> l.headLines = number(r, 1);
                default -> throw r.error("expected weight, needs, default or head");
            }
        }
        if (l.headLines < 1) {
            throw new IllegalStateException("bad lexicon file " + models.path(rule) + ": no head line count");
        }
        for (Lexicon.Row r : Lexicon.rows(models, "money/locale-cues.tsv", 3, null, -1)) {
            if (!l.weights.containsKey(r.col(2))) {
                throw r.error("no weight for kind " + r.col(2) + " in locale-rule.tsv");
            }
            l.cues.add(r.col(0), new CueWord(r.col(1), r.col(2)));
        }
        return l;
    }

    private static Language language(Lexicon.Row r, int col) {
        try {
            return Language.fromTag(r.col(col));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static int number(Lexicon.Row r, int col) {
        try {
            return Integer.parseInt(r.col(col));
        } catch (NumberFormatException e) {
            throw r.error("not a whole number: " + r.col(col));
        }
    }

    /** The currency of a bare 元 in {@code text}, written in {@code lang}. */
    public LocalCurrency decide(NormalizedText text, Language lang) {
        return decide(TextView.of(text), lang);
    }

    LocalCurrency decide(TextView v, Language lang) {
        String fallback = defaults.getOrDefault(lang, FALLBACK);
        if (!needs.containsKey(lang)) {
            return new LocalCurrency(fallback, 0, 0, List.of());
        }
        int headEnd = headEnd(v, headLines);
        Map<String, LocalCurrency.Cue> found = new LinkedHashMap<>();
        for (int i = 0; i < v.length(); i++) {
            var w = cues.match(v, i);
            if (w == null) {
                continue;
            }
            boolean inHead = i < headEnd;
            Weight weight = weights.get(w.value().kind());
            LocalCurrency.Cue seen = found.get(w.surface());
            if (seen == null || inHead && !seen.inHead()) {
                NormalizedText source = v.source;
                String word = source.original().substring(source.toOriginalStart(i), source.toOriginalEnd(i + w.length()));
                found.put(w.surface(), new LocalCurrency.Cue(word, w.value().currency(), w.value().kind(), inHead,
                        inHead ? weight.inHead() : weight.anywhere()));
            }
            i += w.length() - 1;
        }
        Map<String, Integer> scores = new HashMap<>();
        for (LocalCurrency.Cue c : found.values()) {
            scores.merge(c.currency(), c.weight(), Integer::sum);
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (var e : scores.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        int needed = needs.get(lang);
        List<LocalCurrency.Cue> evidence = new ArrayList<>(found.values());
        if (best == null || tie || top < needed) {
            return new LocalCurrency(fallback, 0, needed, evidence);
        }
        return new LocalCurrency(best, top, needed, evidence);
    }

    /** Where the first {@code lines} non-blank lines end. */
    private static int headEnd(TextView v, int headLines) {
        int lines = 0;
        boolean blank = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.at(i);
            if (c == '\n') {
                if (!blank && ++lines == headLines) {
                    return i;
                }
                blank = true;
            } else if (!Character.isWhitespace(c)) {
                blank = false;
            }
        }
        return v.length();
    }
}
