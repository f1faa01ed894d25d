package org.newsclaims.nlp;

/**
 * One sentence of an article: {@code [start, end)} in the original text, whitespace trimmed.
 * {@code paragraph} counts the text's lines (a newline always ends a sentence and a paragraph).
 */
public record Sentence(int index, int start, int end, int paragraph, String text) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
