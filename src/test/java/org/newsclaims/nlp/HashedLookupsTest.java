package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.HashIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashedLookupsTest {

    @Test
    void findsWhatTheHashMapIndexFinds() throws IOException {
        // feature-like strings from real text: character bigrams and trigrams of the shipped corpus, with clique suffixes
        HashIndex<String> original = new HashIndex<>();
        List<String> absent = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p);
                for (int i = 0; i + 3 <= text.length(); i++) {
                    String gram = text.substring(i, i + 2 + i % 2);
                    (i % 5 == 0 ? absent : original).add(gram + (i % 3 == 0 ? "|C" : "-c2lm|CpC"));
                }
            }
        }
        absent.removeIf(original::contains);
        HashedFeatureIndex hashed = new HashedFeatureIndex(original);
        assertTrue(original.size() > 5_000, "features: " + original.size());
        assertEquals(original.size(), hashed.size());
        for (int i = 0; i < original.size(); i++) {
            String feature = new String(original.get(i).toCharArray());
            assertEquals(i, hashed.indexOf(feature), feature);
            assertEquals(original.get(i), hashed.get(i));
        }
        assertFalse(absent.isEmpty());
        for (String s : absent) {
            assertEquals(-1, hashed.indexOf(s), s);
            assertFalse(hashed.contains(s));
        }
        assertFalse(hashed.add("new feature"));
        assertEquals(-1, hashed.indexOf("new feature", true));
    }

    @Test
    void associationsFindWhatTheHashMapFinds() throws IOException {
        Map<String, int[]> original = new HashMap<>();
        List<String> absent = new ArrayList<>();
        String text = Files.readString(Path.of("corpus", "002_b6c9298f0427f3c7.txt"));
        for (int i = 0; i + 3 <= text.length(); i++) {
            String word = text.substring(i, i + 1 + i % 3);
            if (i % 4 == 0) {
                absent.add(word + "|w");
            } else {
                original.put(word + "|w", new int[] {i, -1, i + 1});
            }
        }
        absent.removeIf(original::containsKey);
        HashedAssociations hashed = new HashedAssociations(original);
        assertTrue(original.size() > 1_000, "keys: " + original.size());
        assertEquals(original.size(), hashed.size());
        for (Map.Entry<String, int[]> e : original.entrySet()) {
            assertSame(e.getValue(), hashed.get(new String(e.getKey().toCharArray())), e.getKey());
        }
        assertFalse(absent.isEmpty());
        for (String s : absent) {
            assertNull(hashed.get(s), s);
            assertFalse(hashed.containsKey(s));
        }
        assertEquals(original.keySet(), hashed.keySet());
    }

    @Test
    void theChinesePipelinesSegmenterTaggerAndNerUseHashedTables() {
        ChineseAnnotator.annotate("英伟达表示", 0, 5);
        assertEquals(3, ChineseAnnotator.hashedModels());
    }
}
