package org.newsclaims.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICU's Traditional-Simplified transliteration, done with a per-character table wherever that
 * gives the same result.
 *
 * <p>The transliterator is a list of rules {@code traditional > simplified}. Most rewrite one
 * character; the rest rewrite phrases, and some of those differ from converting their characters
 * one by one (甚麼 becomes 什么, while 甚 alone stays 甚). A text is converted by the table unless
 * it contains such a phrase, a character ICU turns into several, or a supplementary character
 * (not in the table): those texts go through ICU. Without such a phrase every rule ICU applies
 * yields what the table gives for its characters, so both paths agree.
 */
final class Simplifier {

    private static final String ID = "Traditional-Simplified";
    private static final Pattern RULE = Pattern.compile("(\\S+) > (\\S+);");
    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(ID));

    /** Each BMP character's own transliteration, or the character itself where that is not one character. */
    private static final char[] TABLE = new char[0x10000];
    /** Texts containing one of these need ICU, keyed by first character. */
    private static final Map<Character, List<String>> CONTEXTUAL = new HashMap<>();
    private static final BitSet CONTEXTUAL_START = new BitSet();

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        Transliterator t = Transliterator.getInstance(ID);
        List<String[]> phrases = new ArrayList<>();
        for (String line : t.toRules(false).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = RULE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalStateException("unexpected " + ID + " rule: " + line);
            }
            String from = m.group(1);
            if (from.length() > 1) {
                phrases.add(new String[] {from, m.group(2)});
                continue;
            }
            // only a character with a rule of its own can change when it stands alone
            String r = t.transliterate(from);
            if (r.length() == 1) {
                TABLE[from.charAt(0)] = r.charAt(0);
            } else {
                addContextual(from);
            }
        }
        for (String[] phrase : phrases) {
            if (!phrase[1].equals(byTable(phrase[0]))) {
                addContextual(phrase[0]);
            }
        }
    }

    private Simplifier() {
    }

    private static void addContextual(String s) {
        CONTEXTUAL.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
        CONTEXTUAL_START.set(s.charAt(0));
    }

    private static String byTable(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[s.charAt(i)];
        }
        return new String(out);
    }

    /** {@code c} in Simplified, or {@code c} itself where ICU does not make it one other character. */
    static char of(char c) {
        return TABLE[c];
    }

    /** Exactly what ICU's Traditional-Simplified transliterator gives for {@code text}. */
    static String apply(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || CONTEXTUAL_START.get(c) && contextualAt(text, i)) {
                return ICU.get().transliterate(text);
            }
            out[i] = TABLE[c];
        }
        return new String(out);
    }

    private static boolean contextualAt(String text, int i) {
        for (String s : CONTEXTUAL.get(text.charAt(i))) {
            if (text.startsWith(s, i)) {
                return true;
            }
        }
        return false;
    }
}
