package org.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.bench.FuzzInputs.Input;
import org.newsclaims.bench.FuzzInputs.Kind;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.MoneyRecognizer;
import org.newsclaims.money.NumberMention;
import org.newsclaims.normalize.TextNormalizer;

/** A small seeded run of the fuzz harness (the full one is {@code bench fuzz}), and the defects it found. */
class FuzzHarnessTest {

    private static final MoneyRecognizer MONEY = STAGES.money();
    private static final Fuzzer FUZZER = new Fuzzer(STAGES);

    private static List<String> problems(String text, Language language) {
        return FUZZER.check(new Input(0, Kind.TEXT, null, null, text, language, "regression")).problems();
    }

    @Test
    void aSmallSeededRunHasNoCrashAndNoHang() throws Exception {
        FuzzInputs inputs = new FuzzInputs(FUZZER.samples(Path.of("../shared/news-sample")), 1);
        // a generous bound: this is about inputs that never end, not about speed
        Fuzzer.Result r = FUZZER.run(inputs, 1, 0, 240, 20_000, done -> { });
        assertEquals(List.of(), r.crashes());
        assertEquals(List.of(), r.hangs());
        assertTrue(r.refused() > 0 && r.articles() > 0 && r.amounts() > 0, r.summary());
    }

    @Test
    void inputsAreTheSameForTheSameSeedAndIndex() throws Exception {
        FuzzInputs a = new FuzzInputs(FUZZER.samples(Path.of("corpus")), 5);
        FuzzInputs b = new FuzzInputs(FUZZER.samples(Path.of("corpus")), 5);
        for (int i = 0; i < 8; i++) {
            assertEquals(a.input(i).what(), b.input(i).what());
        }
        assertFalse(a.input(1).what().equals(new FuzzInputs(FUZZER.samples(Path.of("corpus")), 6).input(1).what()));
    }

    @Test
    void anArabicDigitBetweenAThousandAndTenThousandIsNoCrash() {
        // 千１万 compared 万 with the largest scale word seen so far, when there was none
        List<NumberMention> found = MONEY.numbers().find(TextNormalizer.nfkc("千１万"), Language.ZH_HANT);
        assertFalse(found.isEmpty());
        assertEquals(List.of(), problems("营收千１万元", Language.ZH_HANS));
    }

    @Test
    void anOrganisationWordAtTheEndOfTheTextIsNoCrash() {
        // "ngân hàng" (bank) last in the text: the name after it was looked up past the text's end
        assertEquals(List.of(), problems("¥9ngân hàng", Language.VI));
    }
}
