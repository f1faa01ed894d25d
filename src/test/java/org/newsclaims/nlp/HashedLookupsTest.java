package org.newsclaims.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CliquePotentialFunction;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
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
    void featureIndexFindsTheOffsetOfEveryFeatureAndNoOther() throws IOException {
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
        int[] offsets = new int[original.size()];
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] = offsets[i - 1] + 2 + i % 3;
        }
        HashedFeatureIndex hashed = new HashedFeatureIndex(original.objectsList(), offsets);
        assertTrue(original.size() > 5_000, "features: " + original.size());
        assertEquals(original.size(), hashed.size());
        for (int i = 0; i < original.size(); i++) {
            String feature = new String(original.get(i).toCharArray());
            assertEquals(offsets[i], hashed.indexOf(feature), feature);
        }
        assertFalse(absent.isEmpty());
        for (String s : absent) {
            assertEquals(-1, hashed.indexOf(s), s);
            assertFalse(hashed.contains(s));
        }
        assertFalse(hashed.add("new feature"));
        assertEquals(-1, hashed.indexOf("new feature", true));
        assertThrows(UnsupportedOperationException.class, () -> hashed.get(0));
    }

    @Test
    void compactedCrfWeightsGiveCoreNlpsPotentialsAndLabels() throws Exception {
        CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(ChineseAnnotator.NER_MODEL);
        float[][] rows = (float[][]) crfField("weights").get(crf);
        @SuppressWarnings("unchecked")
        List<String> features = List.copyOf(((Index<String>) crfField("featureIndex").get(crf)).objectsList());
        List<String> words = List.of("据", "美国", "媒体", "The", "Information", "报道", "，", "OpenAI", "今年", "可能", "亏损", "50亿", "美元", "，",
                "微软", "和", "英伟达", "在", "北京", "投资", "了", "马斯克", "的", "公司");
        List<String> before = labels(crf, words);

        assertTrue(CompactCrfWeights.install(crf));
        @SuppressWarnings("unchecked")
        Index<String> offsets = (Index<String>) crfField("featureIndex").get(crf);
        CliquePotentialFunction potentials = (CliquePotentialFunction) crfField("cliquePotentialFunction").get(crf);
        // a clique of two features, summed in order from their float weights, as CoreNLP sums them
        for (int f = 0; f < features.size(); f += 97) {
            int g = (f * 31 + 7) % features.size();
            int[] clique = {offsets.indexOf(features.get(f)), offsets.indexOf(features.get(g))};
            for (int label = 0; label < Math.min(rows[f].length, rows[g].length); label++) {
                double expected = 0.0;
                expected += rows[f][label];
                expected += rows[g][label];
                assertEquals(expected, potentials.computeCliquePotential(2, label, clique, null, 0), 0.0, features.get(f));
            }
        }
        assertEquals(before, labels(crf, words));
        assertTrue(before.stream().anyMatch(l -> !l.equals("O")), "entities: " + before);
    }

    private static List<String> labels(CRFClassifier<CoreLabel> crf, List<String> words) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : words) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            tokens.add(t);
        }
        return crf.classifySentence(tokens).stream().map(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    private static Field crfField(String name) throws NoSuchFieldException {
        Field f = CRFClassifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
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
        STAGES.annotator().annotate("英伟达表示", 0, 5);
        assertEquals(ChineseAnnotator.MODELS, STAGES.annotator().modelsWithHashedLookups());
    }
}
