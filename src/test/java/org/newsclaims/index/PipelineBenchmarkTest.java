package org.newsclaims.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclaims.ingest.ArticleReader;

class PipelineBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void warmUpFilesAreEveryArticleOnceEachKindOfCopyInTurn() throws IOException {
        Path sample = Files.createDirectories(tmp.resolve("sample"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(sample.resolve(name + ".txt"), "公司" + name + "公布财报\n\n据报道，该公司第三季度营收达到" + name.length() + "亿美元，同比增长两成。\n");
        }
        Path corpus = PipelineBenchmark.grow(sample, 4, ArticleReader.withDefaults(), Files.createDirectories(tmp.resolve("corpus")));
        assertEquals(12, IngestJob.listFiles(List.of(corpus), new ArrayList<>()).size());

        Path warm = PipelineBenchmark.spreadFiles(corpus, 3, tmp.resolve("warm"));

        List<Path> picked = IngestJob.listFiles(List.of(warm), new ArrayList<>());
        assertEquals(List.of("a.txt", "b.txt.reprint1.txt", "c.txt.reprint2.txt"),
                picked.stream().map(p -> warm.relativize(p).toString()).toList());
        for (Path p : picked) {
            assertArrayEquals(Files.readAllBytes(corpus.resolve(warm.relativize(p))), Files.readAllBytes(p));
        }
    }
}
