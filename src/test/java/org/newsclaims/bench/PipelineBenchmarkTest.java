package org.newsclaims.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclaims.TestStages.STAGES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.UserError;
import org.newsclaims.pipeline.IngestJob;

class PipelineBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void warmUpFilesAreEveryArticleOnceEachKindOfCopyInTurn() throws IOException {
        Path sample = Files.createDirectories(tmp.resolve("sample"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(sample.resolve(name + ".txt"), "公司" + name + "公布财报\n\n据报道，该公司第三季度营收达到" + name.length() + "亿美元，同比增长两成。\n");
        }
        Path corpus = PipelineBenchmark.grow(sample, 4, STAGES.reader(), Files.createDirectories(tmp.resolve("corpus")));
        assertEquals(12, IngestJob.listFiles(List.of(corpus), new ArrayList<>()).size());

        Path warm = PipelineBenchmark.spreadFiles(corpus, 3, tmp.resolve("warm"));

        List<Path> picked = IngestJob.listFiles(List.of(warm), new ArrayList<>());
        assertEquals(List.of("a.txt", "b.txt.reprint1.txt", "c.txt.reprint2.txt"),
                picked.stream().map(p -> warm.relativize(p).toString()).toList());
        for (Path p : picked) {
            assertArrayEquals(Files.readAllBytes(corpus.resolve(warm.relativize(p))), Files.readAllBytes(p));
        }
    }

    @Test
    void aFolderWithoutChineseArticlesIsRefusedBeforeAnythingIsTimed() throws IOException {
        Path sample = Files.createDirectories(tmp.resolve("vi"));
        Files.writeString(sample.resolve("a.txt"), "Apple công bố doanh thu\n\nDoanh thu quý ba của Apple đạt 90 tỷ USD.\n");
        UserError noChinese = assertThrows(UserError.class, () -> PipelineBenchmark.run(
                sample, 1, 1, STAGES, tmp.resolve("work"), step -> { }));
        assertTrue(noChinese.getMessage().startsWith("no readable Chinese articles in "), noChinese.getMessage());

        UserError missing = assertThrows(UserError.class, () -> PipelineBenchmark.run(
                tmp.resolve("nowhere"), 1, 1, STAGES, tmp.resolve("work2"), step -> { }));
        assertEquals("no such folder: " + tmp.resolve("nowhere"), missing.getMessage());
    }
}
