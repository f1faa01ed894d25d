package org.newsclaims.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to take the reader down are refused on one line that names the limit they hit; real files are not. */
class HostileFilesTest {

    private static final ArticleReader READER = STAGES.reader();

    @TempDir
    Path tmp;

    private static String refusal(Path file) {
        IngestException e = assertThrows(IngestException.class, () -> READER.read(file));
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Exception"), "one clear line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aDocxThatInflatesFromAMegabyteToAGibibyteTripsTheInflateRatio() throws Exception {
        Path bomb = HostileFiles.zipBombDocx(tmp.resolve("bomb.docx"), 1L << 30);
        assertTrue(Files.size(bomb) < 2 << 20, "a small file: " + Files.size(bomb));
        assertEquals("a zip entry inflates over 100 times (the inflate-ratio limit)", refusal(bomb));
    }

    @Test
    void aZipEntryThatInflatesPastTheEntrySizeLimitIsRefused() throws Exception {
        Path docx = HostileFiles.bigEntryDocx(tmp.resolve("big.docx"), 80L << 20);
        assertTrue(Files.size(docx) < 20L << 20, "under the file-size limit: " + Files.size(docx));
        assertEquals("a zip entry inflates to over 64 MB (the entry-size limit)", refusal(docx));
    }

    @Test
    void aPdfWhoseContentStreamInflatesToAGibibyteIsRefusedBeforePdfBoxDecodesIt() throws Exception {
        Path bomb = HostileFiles.flateBombPdf(tmp.resolve("bomb.pdf"), 1L << 30);
        assertTrue(Files.size(bomb) < 2 << 20, "a small file: " + Files.size(bomb));
        assertEquals("a PDF stream inflates to over 64 MB (the entry-size limit)", refusal(bomb));
        READER.read(Path.of("src/test/resources/fixtures/003.pdf")); // deflated streams of an honest size pass
    }

    @Test
    void tenThousandNestedTablesAreRefusedNotACrash() throws Exception {
        assertEquals("nested too deeply to parse (the parser ran out of stack)",
                refusal(HostileFiles.nestedDocx(tmp.resolve("nested.docx"), 10_000)));
    }

    @Test
    void aPageTreeOfAThousandBillionPagesIsRefused() throws Exception {
        // PDFBox visits each page node once, so the tree costs nothing; the one page holds no Chinese or Vietnamese
        assertEquals("not text in a known language (neither Chinese nor Vietnamese)",
                refusal(HostileFiles.pageTreePdf(tmp.resolve("pages.pdf"), 40)));
    }

    @Test
    void aDeeplyNestedWebPageIsRead() throws Exception {
        Article a = READER.read(HostileFiles.nestedHtml(tmp.resolve("deep.html"), 10_000,
                "公司亏损50亿美元。\n据报道,该公司去年亏损30亿美元。"));
        assertTrue(a.bodyText().contains("该公司去年亏损30亿美元"), a.bodyText());
    }

    @Test
    void aRefusalKeepsTheErrorBehindItAsItsCause() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/fixtures/003.pdf"));
        Path truncated = Files.write(tmp.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        IngestException cut = assertThrows(IngestException.class, () -> READER.read(truncated));
        assertTrue(cut.getMessage().startsWith("cannot parse application/pdf"), cut.getMessage());
        assertInstanceOf(TikaException.class, cut.getCause());

        byte[] utf8 = Files.readString(Path.of("corpus/000_0c0986e9bb383d28.txt")).getBytes(StandardCharsets.UTF_8);
        utf8[500] = (byte) 0xFF;
        Path damaged = Files.write(tmp.resolve("damaged.txt"), utf8);
        IngestException invalid = assertThrows(IngestException.class, () -> READER.read(damaged));
        assertEquals("invalid UTF-8 at byte 500", invalid.getMessage());
        assertInstanceOf(MalformedInputException.class, invalid.getCause());
    }

    @Test
    void aParseOverItsTimeLimitIsRefused() {
        IngestException e = assertThrows(IngestException.class,
                () -> READER.withParseMillis(1).read(Path.of("src/test/resources/fixtures/003.pdf")));
        assertEquals("parsing took over 1 ms (the time limit)", e.getMessage());
        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void randomBytesAreNotTextInAnyEncoding() throws Exception {
        int seed = 0;
        for (int size : new int[] {300, 4_000, 60_000, 200 * 1024}) {
            for (String name : List.of("r.txt", "r.bin", "r")) {
                Path file = HostileFiles.randomBytes(tmp.resolve(size + name), size, seed++);
                String reason = refusal(file);
                assertTrue(reason.startsWith("not text in a known language") || reason.contains("encoding")
                        || reason.contains("binary data"), file.getFileName() + ": " + reason);
            }
        }
    }

    @Test
    void hanCharactersThatAreMostlyRareAreNotChinese() {
        StringBuilder rare = new StringBuilder();
        for (int cp = 0x4E00 + 7; rare.length() < 400; cp += 50) {
            rare.appendCodePoint(cp); // a spread over the whole block: mostly rare characters
        }
        assertTrue(NotText.reason(rare.toString()).startsWith("not text in a known language (only "), NotText.reason(rare.toString()));
        assertNull(NotText.reason("中国人民银行今日宣布,下调存款准备金率0.5个百分点,释放长期资金约1万亿元。".repeat(4)));
    }

    @Test
    void everyRealFileIsText() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("../shared/news-sample", "corpus", "src/test/resources/fixtures")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().matches(".*\\.(txt|html|pdf|docx)$")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() > 550, "the sample, the seeds and their fixtures: " + files.size());
        List<String> refused = new ArrayList<>();
        for (Path p : files) {
            try {
                READER.read(p);
            } catch (IngestException e) {
                refused.add(p + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), refused);
    }
}
