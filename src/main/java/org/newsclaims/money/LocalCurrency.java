package org.newsclaims.money;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The currency a bare 元 (块, 角, 毛) stands for in one article, and why.
 *
 * @param currency ISO 4217 code: TWD in a Taiwanese article, HKD in a Hong Kong one, else CNY
 * @param score    the weight of the evidence for {@code currency}; 0 when the script's default holds
 * @param needed   the least score that decides for the article's script
 * @param evidence every cue word found, once each, in the order of the text
 */
public record LocalCurrency(String currency, int score, int needed, List<Cue> evidence) {

    public LocalCurrency {
        evidence = List.copyOf(evidence);
    }

    /**
     * One cue word found in the article.
     *
     * @param word     as written in the text
     * @param currency what it is evidence for
     * @param kind     currency | outlet | place | institution (see models/money/locale-cues.tsv)
     * @param inHead   found in the first lines (site chrome, title, dateline)
     * @param weight   what it adds to the score of {@code currency}
     */
    public record Cue(String word, String currency, String kind, boolean inHead, int weight) {
    }

    /** One line for a reader: {@code TWD (evidence 4, 1 needed): 蘋果慈善基金會 outlet +3, 台北 place in head +2}. */
    public String explanation() {
        String cues = evidence.isEmpty() ? "no cue words"
                : evidence.stream().map(c -> c.word + " " + c.kind + (c.inHead ? " in head" : "") + " +" + c.weight
                        + (c.currency.equals(currency) ? "" : " for " + c.currency)).collect(Collectors.joining(", "));
        String decision = score == 0 ? "the script's default" : "evidence " + score + ", " + needed + " needed";
        return currency + " (" + decision + "): " + cues;
    }
}
