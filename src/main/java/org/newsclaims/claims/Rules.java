package org.newsclaims.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsclaims.Models;

/** The claim rules of {@code models/claims/}, per language ({@code zh} or {@code vi}). Immutable after load. */
final class Rules {

    /** A gazetteer name: its canonical form and type. */
    record GazEntry(String canonical, String type) {
    }

    /** A time expression: the year offset ("0", "-1", "+1"), "y" for a written year, or "-" for none. */
    record TimeRule(Pattern regex, String year) {
    }

    private static final Lexicon<Boolean> NO_WORDS = new Lexicon<>();

    static final class Lang {
        final Lexicon<String> metrics = new Lexicon<>();
        final Lexicon<Boolean> hedges = new Lexicon<>();
        final List<CuePattern> cues = new ArrayList<>();
        final Lexicon<String> sourceTypes = new Lexicon<>();
        final Lexicon<String> times = new Lexicon<>();
        final List<TimeRule> timeRegexes = new ArrayList<>();
        final Map<String, Lexicon<Boolean>> discourse = new HashMap<>();
        final Lexicon<String> spinMarkers = new Lexicon<>();
        final Map<String, String> spinSwaps = new HashMap<>();
        /** Abbreviations a sentence does not end after (TP. Hồ Chí Minh), as written. */
        final List<String> abbreviations = new ArrayList<>();
        /** Patterns after whose match a sentence ends (an image credit run into the next sentence). */
        final List<Pattern> sentenceBreaks = new ArrayList<>();

        /** The words of a discourse kind; read-only (an absent kind is an empty lexicon), so safe across threads. */
        Lexicon<Boolean> words(String kind) {
            return discourse.getOrDefault(kind, NO_WORDS);
        }
    }

    final Lexicon<GazEntry> gazetteer = new Lexicon<>();
    private final Map<String, Lang> langs = new HashMap<>();

    Lang lang(String lang) {
        return langs.computeIfAbsent(lang, k -> new Lang());
    }

    static Rules load(Models models) {
        Rules r = new Rules();
        for (String[] f : rows(models, "claims/metrics.tsv", 3)) {
            if (!f[2].equals("-")) {
                Metric.fromTag(f[2]); // a word that is no metric is "-"; any other must name one
            }
            r.lang(f[0]).metrics.put(f[1], f[2]);
        }
        for (String[] f : rows(models, "claims/hedges.tsv", 2)) {
            r.lang(f[0]).hedges.put(f[1], true);
        }
        for (String[] f : rows(models, "claims/cues.tsv", 2)) {
            Lang l = r.lang(f[0]);
            l.cues.add(CuePattern.compile(f[1], f.length > 2 && !f[2].isBlank() ? f[2].strip() : null, l.cues.size()));
        }
        for (String[] f : rows(models, "claims/source_types.tsv", 3)) {
            r.lang(f[0]).sourceTypes.put(f[1], f[2]);
        }
        for (String[] f : rows(models, "claims/time.tsv", 4)) {
            Lang l = r.lang(f[0]);
            if ("regex".equals(f[1])) {
                l.timeRegexes.add(new TimeRule(Pattern.compile(f[2]), f[3].strip()));
            } else {
                l.times.put(f[2], f[3].strip());
            }
        }
        for (String file : List.of("discourse.tsv", "phrases.tsv")) {
            for (String[] f : rows(models, "claims/" + file, 3)) {
                if ("abbreviation".equals(f[1])) {
                    r.lang(f[0]).abbreviations.add(f[2].strip());
                } else if ("sentence-break".equals(f[1])) {
                    r.lang(f[0]).sentenceBreaks.add(Pattern.compile(f[2].strip()));
                } else {
                    r.lang(f[0]).discourse.computeIfAbsent(f[1], k -> new Lexicon<>()).put(f[2], true);
                }
            }
        }
        for (String[] f : rows(models, "claims/spin.tsv", 4)) {
            Lang l = r.lang(f[0]);
            if ("marker".equals(f[1])) {
                l.spinMarkers.put(f[2], f[3]);
            } else {
                if (f[2].length() != f[3].length()) {
                    throw new IllegalArgumentException("spin.tsv: swap " + f[2] + " → " + f[3] + " must keep the length");
                }
                l.spinSwaps.put(Fold.fold(f[2]), Fold.fold(f[3]));
            }
        }
        for (String[] f : rows(models, "claims/gazetteer.tsv", 2)) {
            GazEntry e = new GazEntry(f[0].strip(), f[1].strip());
            r.gazetteer.put(f[0], e);
            if (f.length > 2) {
                for (String alias : f[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        r.gazetteer.put(alias, e);
                    }
                }
            }
        }
        return r;
    }

    private static List<String[]> rows(Models models, String relative, int minFields) {
        List<String[]> out = new ArrayList<>();
        for (String line : models.lines(relative)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < minFields) {
                throw new IllegalArgumentException(models.path(relative).getFileName() + ": expected " + minFields + " tab-separated fields: " + line);
            }
            out.add(f);
        }
        return out;
    }
}
