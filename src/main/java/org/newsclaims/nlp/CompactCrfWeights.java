package org.newsclaims.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CliquePotentialFunction;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.List;

/**
 * A CRF classifier's weights in one array, found through a {@link HashedFeatureIndex}.
 *
 * <p>Why: CoreNLP keeps one small {@code float[]} per feature, millions of them, and reads them
 * at random: for each feature of each character, a miss in the array of arrays and another in
 * the feature's own array. Here each feature's weights are a run of one array, and the feature
 * index gives where the run starts, so a feature costs one miss there. The clique potentials are
 * summed in the same order from the same floats as CoreNLP's {@code LinearCliquePotentialFunction}
 * sums them, so they are the same doubles and the labels the same.
 */
final class CompactCrfWeights implements CliquePotentialFunction {

    private final float[] weights;

    private CompactCrfWeights(float[] weights) {
        this.weights = weights;
    }

    /**
     * Gives {@code crf} compacted weights and a hashed index into them, in place of its feature
     * index and weights (which become garbage); false, changing nothing, when its fields are not
     * laid out as in CoreNLP 4.5 or its clique potentials are not CoreNLP's linear ones; true, changing
     * nothing, when it has them already.
     */
    static boolean install(CRFClassifier<?> crf) {
        try {
            Field potentialsField = field("cliquePotentialFunction");
            Object potentials = potentialsField.get(crf);
            if (potentials instanceof CompactCrfWeights) {
                // installed for an earlier pipeline: CoreNLP pools its models, so pipelines share them
                return true;
            }
            if (crf.getClass() != CRFClassifier.class
                    || potentials != null && !potentials.getClass().getName().equals("edu.stanford.nlp.ie.crf.LinearCliquePotentialFunction")) {
                return false;
            }
            Field weightsField = field("weights");
            Field indexField = field("featureIndex");
            float[][] rows = (float[][]) weightsField.get(crf);
            @SuppressWarnings("unchecked")
            List<String> features = ((Index<String>) indexField.get(crf)).objectsList();
            if (rows == null || rows.length != features.size()) {
                return false;
            }
            int[] offsets = new int[rows.length];
            long total = 0;
            for (int f = 0; f < rows.length; f++) {
                offsets[f] = (int) total;
                total += rows[f].length;
            }
            if (total > Integer.MAX_VALUE - 8) {
                return false;
            }
            float[] flat = new float[(int) total];
            for (int f = 0; f < rows.length; f++) {
                System.arraycopy(rows[f], 0, flat, offsets[f], rows[f].length);
            }
            HashedFeatureIndex index = new HashedFeatureIndex(features, offsets);
            potentialsField.set(crf, new CompactCrfWeights(flat));
            indexField.set(crf, index);
            // read only through the clique potentials when labelling, which now read the compacted copy
            weightsField.set(crf, null);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = CRFClassifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** As CoreNLP's linear potential: the sum over the clique's features of their weight for the label (times the feature's value, where it has one). */
    @Override
    public double computeCliquePotential(int cliqueSize, int labelIndex, int[] cliqueFeatures, double[] featureVal, int posInSent) {
        double output = 0.0;
        for (int m = 0; m < cliqueFeatures.length; m++) {
            double w = weights[cliqueFeatures[m] + labelIndex];
            if (featureVal != null) {
                w *= featureVal[m];
            }
            output += w;
        }
        return output;
    }
}
