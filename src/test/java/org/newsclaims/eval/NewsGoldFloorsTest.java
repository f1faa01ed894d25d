package org.newsclaims.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsclaims.claims.ClaimExtractor;

/**
 * Floors on the gold claims of 60 real news files ({@code ../shared/eval/dev.gold.jsonl} over
 * {@code ../shared/news-sample}, see {@code ../shared/eval/DEV.md}), scored by the same code as
 * {@code ./newsclaims eval --gold ../shared/eval/dev.gold.jsonl --docs ../shared/news-sample}.
 * Like the other tests on {@code ../shared}, it expects that folder beside the repository and fails
 * with the path it could not find when it is absent.
 */
class NewsGoldFloorsTest {

    /** The lowest figures a language may score; raise them as the rules improve. */
    record Floor(String lang, double amountF1, double value, double attribution, double subject, double metric,
                 double timeYear) {
    }

    /** Each figure as last measured less 0.02, rounded down to two decimals: raised as extraction improves. */
    static final List<Floor> FLOORS = List.of(
            new Floor("zh-Hans", 0.93, 0.98, 0.91, 0.81, 0.89, 0.94),
            new Floor("zh-Hant", 0.96, 0.98, 0.93, 0.80, 0.92, 0.98),
            new Floor("vi", 0.95, 0.97, 0.89, 0.78, 0.84, 0.95));

    private static ClaimScorer.Report report;

    @BeforeAll
    static void score() throws Exception {
        ClaimExtractor extractor = STAGES.claims();
        GoldEval.Result result = GoldEval.run(STAGES.reader(), extractor, Path.of("../shared/eval/dev.gold.jsonl"), Path.of("../shared/news-sample"));
        report = result.report();
        report.scores().forEach((lang, s) -> System.out.println("news gold " + lang + " " + s.asMap()));
    }

    static Stream<Floor> floors() {
        return FLOORS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floors")
    void scoresHoldTheirFloors(Floor floor) {
        ClaimScores s = report.scores().get(floor.lang());
        assertNotNull(s, "no " + floor.lang() + " documents scored");
        assertAll(
                () -> atLeast(s, "amount F1", ClaimScores::f1, floor.amountF1()),
                () -> atLeast(s, "value accuracy", ClaimScores::valueAccuracy, floor.value()),
                () -> atLeast(s, "attribution accuracy", ClaimScores::attributionAccuracy, floor.attribution()),
                () -> atLeast(s, "subject accuracy", ClaimScores::subjectAccuracy, floor.subject()),
                () -> atLeast(s, "metric accuracy", ClaimScores::metricAccuracy, floor.metric()),
                () -> atLeast(s, "time-year accuracy", ClaimScores::timeYearAccuracy, floor.timeYear()));
    }

    private static void atLeast(ClaimScores s, String figure, ToDoubleFunction<ClaimScores> of, double floor) {
        double got = of.applyAsDouble(s);
        assertTrue(got >= floor, () -> String.format("%s %.4f is below its floor %.2f (eval --errors lists what went wrong)",
                figure, got, floor));
    }
}
