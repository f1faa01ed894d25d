package org.newsclaims.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring errors grouped by language and {@link ErrorClass}, with counts; metric errors also by
 * confusion pair. What {@code eval --errors} prints.
 */
public final class ErrorReport {

    public static final String OVERALL = "overall";

    private final List<String> languages;
    private final Map<String, Map<ErrorClass, List<ScoringError>>> byLanguage = new LinkedHashMap<>();

    /** {@code languages}: the language tags to report, in order; {@code overall} is added. */
    public ErrorReport(List<String> languages, List<ScoringError> errors) {
        this.languages = List.copyOf(languages);
        for (String lang : languages) {
            byLanguage.put(lang, emptyClasses());
        }
        byLanguage.put(OVERALL, emptyClasses());
        for (ScoringError e : errors) {
            byLanguage.get(e.lang()).get(e.kind()).add(e);
            byLanguage.get(OVERALL).get(e.kind()).add(e);
        }
        for (Map<ErrorClass, List<ScoringError>> classes : byLanguage.values()) {
            classes.get(ErrorClass.METRIC).sort(Comparator.comparing(ScoringError::metricPair));
        }
    }

    private static Map<ErrorClass, List<ScoringError>> emptyClasses() {
        Map<ErrorClass, List<ScoringError>> m = new EnumMap<>(ErrorClass.class);
        for (ErrorClass c : ErrorClass.values()) {
            m.put(c, new ArrayList<>());
        }
        return m;
    }

    /** The errors of one class in one language (or {@link #OVERALL}), in document order (metric: by confusion pair first). */
    public List<ScoringError> errors(String lang, ErrorClass kind) {
        return List.copyOf(byLanguage.get(lang).get(kind));
    }

    public int count(String lang, ErrorClass kind) {
        return byLanguage.get(lang).get(kind).size();
    }

    /** Metric confusion pairs ({@code gold→predicted}) with their counts, most frequent first. */
    public Map<String, Integer> metricPairs(String lang) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ScoringError e : byLanguage.get(lang).get(ErrorClass.METRIC)) {
            counts.merge(e.metricPair(), 1, Integer::sum);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * The JSON form for one language: class key → {count, items} (and, for metric, pairs → count).
     * {@link #OVERALL} gives counts only: its items are those of the languages.
     */
    public Map<String, Object> asMap(String lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ErrorClass c : ErrorClass.values()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("count", count(lang, c));
            if (c == ErrorClass.METRIC) {
                group.put("pairs", metricPairs(lang));
            }
            if (!lang.equals(OVERALL)) {
                group.put("items", byLanguage.get(lang).get(c).stream().map(ScoringError::asMap).toList());
            }
            out.put(c.key(), group);
        }
        return out;
    }

    /** The text listing: a table of counts per class and language, then each language's errors by class. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        List<String> columns = new ArrayList<>(languages);
        columns.add(OVERALL);
        StringBuilder head = new StringBuilder(String.format("%-24s", "errors by class"));
        columns.forEach(l -> head.append(String.format(" %8s", l)));
        out.add(head.toString());
        for (ErrorClass c : ErrorClass.values()) {
            StringBuilder row = new StringBuilder(String.format("%-24s", c.label()));
            columns.forEach(l -> row.append(String.format(" %8d", count(l, c))));
            out.add(row.toString());
            if (c == ErrorClass.METRIC) {
                for (String pair : metricPairs(OVERALL).keySet()) {
                    StringBuilder sub = new StringBuilder(String.format("  %-22s", pair));
                    columns.forEach(l -> sub.append(String.format(" %8d", metricPairs(l).getOrDefault(pair, 0))));
                    out.add(sub.toString());
                }
            }
        }
        for (String lang : languages) {
            out.add("");
            out.add("== " + lang);
            for (ErrorClass c : ErrorClass.values()) {
                List<ScoringError> errors = byLanguage.get(lang).get(c);
                if (errors.isEmpty()) {
                    continue;
                }
                out.add(c.label() + " (" + errors.size() + ")");
                if (c == ErrorClass.METRIC) {
                    for (Map.Entry<String, Integer> pair : metricPairs(lang).entrySet()) {
                        out.add("  " + pair.getKey() + " (" + pair.getValue() + ")");
                        errors.stream().filter(e -> e.metricPair().equals(pair.getKey()))
                                .forEach(e -> out.add("    " + e.line()));
                    }
                } else {
                    errors.forEach(e -> out.add("  " + e.line()));
                }
            }
        }
        return out;
    }
}
