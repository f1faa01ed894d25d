package org.newsclaims.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.newsclaims.ModelFiles;
import org.newsclaims.claims.ClaimExtractor;
import org.newsclaims.fuzz.FuzzInputs.Input;
import org.newsclaims.fuzz.FuzzInputs.Kind;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.Language;
import org.newsclaims.money.MoneyRecognizer;

/**
 * Properties of the whole pipeline on generated input, checked by the fuzz harness's own invariants
 * (see {@link Fuzzer}): no exception but the reader's refusal, every mention and sentence the text at
 * its offsets, every value a number. jqwik shrinks a failing input to a small one.
 */
class PipelinePropertiesTest {

    private static final MoneyRecognizer MONEY = MoneyRecognizer.load(ModelFiles.dir());
    private static final Fuzzer FUZZER = new Fuzzer(ArticleReader.withDefaults(), ClaimExtractor.load(ModelFiles.dir()), MONEY);

    @Provide
    Arbitrary<String> numeralText() {
        List<String> tokens = new ArrayList<>();
        for (List<String> pool : List.of(FuzzInputs.DIGITS, FuzzInputs.SCALES, FuzzInputs.CURRENCIES, FuzzInputs.SEPARATORS,
                FuzzInputs.WORDS, FuzzInputs.ODD)) {
            tokens.addAll(pool);
        }
        Arbitrary<String> anyHan = Arbitraries.chars().range('\u4E00', '\u9FFF').map(String::valueOf);
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(tokens)), Tuple.of(1, anyHan))
                .list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300, seed = "23")
    void anyNumeralTextSurvivesTheGrammarMoneyClaimsAndFingerprint(@ForAll("numeralText") String text, @ForAll Language language) {
        assertEquals(List.of(), FUZZER.check(new Input(0, Kind.TEXT, null, null, text, language, "property")).problems());
    }

    @Property(tries = 300, seed = "23")
    void anyBytesAreReadOrRefusedOnOneLine(@ForAll byte[] bytes,
                                           @ForAll("names") String name) {
        assertEquals(List.of(), FUZZER.check(new Input(0, Kind.BYTES, name, bytes, null, null, "property")).problems());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("x.txt", "x.html", "x.pdf", "x.docx", "x.zip", "x");
    }
}
