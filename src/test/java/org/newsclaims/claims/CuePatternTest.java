package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    @Test
    void openingIsWhatEveryMatchStartsWith() {
        assertEquals("据", CuePattern.opening("(?<![数证依占根])据{X}(称|显示|报道)"));
        assertEquals("根据", CuePattern.opening("根据{X}的(数据|报告)"));
        assertEquals("有消息", CuePattern.opening("有消息(称|指出|显示)"));
        assertEquals("有", CuePattern.opening("有(媒体|外媒)?报道(称|指出|显示)"));
        // a quantifier takes the last character out; alternatives, classes, slots and cased letters give none
        assertEquals("有", CuePattern.opening("有消?息称"));
        assertNull(CuePattern.opening("有?报道"));
        assertNull(CuePattern.opening("据称|消息称"));
        assertNull(CuePattern.opening("[”」\"]{X}(说|表示)"));
        assertNull(CuePattern.opening("{X}(表示|指出)"));
        assertNull(CuePattern.opening("theo {X},"));
    }

    @Test
    void requiredIsWhatEveryMatchHolds() {
        assertEquals(List.of(List.of("công bố"), List.of("kết quả", "báo cáo")),
                CuePattern.required("{X}( vừa| đã)? công bố (kết quả|báo cáo)"));
        assertEquals(List.of(List.of("说", "表示")), CuePattern.required("{X}(?:[（(][^（）()]{1,12}[）)])?(说|表示)>"));
        assertEquals(List.of(List.of("theo")), CuePattern.required("theo {X},"));
        assertEquals(List.of(List.of("有"), List.of("称", "指出")), CuePattern.required("有(媒体|外媒)?报?(称|指出)"));
        assertNull(CuePattern.required("{X}(说|表示)|据{X},"));
        assertEquals(List.of(List.of("称")), CuePattern.required("{X}((说|表示) )?称"));
    }

    @Test
    void slotWordsMayFollowABracketedAside() {
        CuePattern said = CuePattern.compile("^{X}(?:[（(][^（）()]{1,12}[）)])?(表示|说)>", null, 0);
        assertTrue(said.slotVerbs() != null && said.slotVerbs().aside());
        String text = Fold.fold("阿涵42岁的丈夫阿民（曾裕民）说，过往他到外地做工。");
        CuePattern.Hit hit = said.find(text, 0, text.length());
        assertEquals("阿涵42岁的丈夫阿民", text.substring(hit.sourceStart(), hit.sourceEnd()));
        CuePattern.Hit none = said.find(Fold.fold("阿民（曾裕民）今年外出做工。"), 0, 14);
        assertNull(none);
    }

    @Test
    void theShippedPatternsFindWhatTheirRegexFinds() throws IOException {
        Rules rules = Rules.load(STAGES.models());
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Fold.fold(Files.readString(p)));
            }
        }
        // and every tenth real news file, Chinese and Vietnamese
        try (var files = Files.list(Path.of("../shared/news-sample"))) {
            List<Path> news = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            for (int i = 0; i < news.size(); i += 10) {
                texts.add(Fold.fold(Files.readString(news.get(i))));
            }
        }
        int withOpening = 0;
        int hits = 0;
        for (String lang : List.of("zh", "vi")) {
            for (CuePattern p : rules.lang(lang).cues) {
                if (p.opening() == null && p.required() == null) {
                    continue;
                }
                withOpening++;
                CuePattern regexOnly = new CuePattern(p.source(), p.regex(), p.fixedSource(), p.contentBefore(), p.anchored(),
                        p.slotVerbs(), null, null, p.order());
                for (String text : texts) {
                    for (int from = 0; from < text.length(); from += 7) {
                        int to = Math.min(text.length(), from + 80);
                        CuePattern.Hit expected = regexOnly.find(text, from, to);
                        CuePattern.Hit found = p.find(text, from, to);
                        assertEquals(expected == null ? null : expected.start() + "-" + expected.end() + " " + expected.label(),
                                found == null ? null : found.start() + "-" + found.end() + " " + found.label(), p.source());
                        hits += found == null ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(withOpening >= 4, "patterns with an opening or required words: " + withOpening);
        assertTrue(hits > 0, "no pattern with an opening or required words matched the corpus");
    }
}
