package org.newsclaims.nlp;

/**
 * A CoreNLP token: {@code [start, end)} in the original article text, its CTB part-of-speech tag
 * and its NER label ({@code O} for none).
 */
public record Token(int start, int end, String word, String pos, String ner) {

    public boolean isProperNoun() {
        return "NR".equals(pos);
    }

    public boolean isNoun() {
        return "NN".equals(pos) || "NR".equals(pos);
    }
}
