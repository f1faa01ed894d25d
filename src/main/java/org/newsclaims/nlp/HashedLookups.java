package org.newsclaims.nlp;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.ChineseSegmenterAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Swaps {@link HashedStrings}-based tables into a loaded pipeline's models:
 * {@link CompactCrfWeights compacted weights} behind a {@link HashedFeatureIndex} into its CRF
 * classifiers (segmenter and NER) and {@link HashedAssociations} into its POS tagger. The models' fields are not public, so they are
 * read by name (CoreNLP 4.5); a model whose fields are laid out otherwise keeps its own tables:
 * slower, same tokens.
 */
final class HashedLookups {

    private HashedLookups() {
    }

    /**
     * Gives the models of {@code pipeline} hashed tables; returns how many models have them. The old
     * tables become garbage. A model that has them already (CoreNLP pools its models, so a second
     * pipeline of the same settings gets the first one's) is counted and left as it is.
     */
    static int install(StanfordCoreNLP pipeline) {
        int installed = 0;
        try {
            for (Object annotator : (List<?>) field(pipeline, AnnotationPipeline.class, "annotators")) {
                if (annotator instanceof TokenizerAnnotator tokenizer
                        && field(tokenizer, TokenizerAnnotator.class, "segmenterAnnotator") instanceof ChineseSegmenterAnnotator segmenter
                        && field(segmenter, ChineseSegmenterAnnotator.class, "segmenter") instanceof CRFClassifier<?> crf) {
                    installed += hashFeatures(crf);
                } else if (annotator instanceof NERCombinerAnnotator ner
                        && field(ner, NERCombinerAnnotator.class, "ner") instanceof ClassifierCombiner<?> combiner) {
                    for (Object c : (List<?>) field(combiner, ClassifierCombiner.class, "baseClassifiers")) {
                        if (c instanceof CRFClassifier<?> crf) {
                            installed += hashFeatures(crf);
                        }
                    }
                } else if (annotator instanceof POSTaggerAnnotator pos
                        && field(pos, POSTaggerAnnotator.class, "pos") instanceof MaxentTagger tagger) {
                    installed += hashAssociations(tagger);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a CoreNLP laid out otherwise: the models done so far keep their hashed tables
        }
        return installed;
    }

    private static int hashFeatures(CRFClassifier<?> crf) {
        return CompactCrfWeights.install(crf) ? 1 : 0;
    }

    /** The tagger's tables, one per feature extractor, replaced in place (all or none; none when they are hashed already). */
    private static int hashAssociations(MaxentTagger tagger) {
        try {
            @SuppressWarnings("unchecked")
            List<Map<String, int[]>> tables = (List<Map<String, int[]>>) field(tagger, MaxentTagger.class, "fAssociations");
            if (tables.stream().allMatch(HashedAssociations.class::isInstance)) {
                return 1;
            }
            List<Map<String, int[]>> hashed = tables.stream().<Map<String, int[]>>map(HashedAssociations::new).toList();
            for (int i = 0; i < hashed.size(); i++) {
                tables.set(i, hashed.get(i));
            }
            return 1;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    private static Object field(Object owner, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(owner);
    }
}
