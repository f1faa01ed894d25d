package org.newsclaims.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkTest {

    @TempDir
    Path tmp;

    private static List<Path> walk(List<Path> roots, List<IngestJob.Failure> failed) {
        List<Path> files = new ArrayList<>();
        new FileWalk(roots, failed::add).forEachRemaining(files::add);
        return files;
    }

    private Path file(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, relative);
    }

    @Test
    void filesComeInTheOrderOfTheirSortedPaths() throws IOException {
        List<Path> made = new ArrayList<>();
        for (String f : List.of("c/a.txt", "c/a/b.txt", "c/a0.txt", "c/a-b/x.txt", "c/B.txt", "c/a/c/d.txt", "c/a/b0.txt",
                "c/z.txt", "c/aa/y.txt", "c/新闻/1.txt", "c/tin/2.txt")) {
            made.add(file(f));
        }
        List<Path> walked = walk(List.of(tmp.resolve("c")), new ArrayList<>());
        assertEquals(made.stream().sorted().toList(), walked);
        assertEquals(made.size(), FileWalk.count(List.of(tmp.resolve("c"))));
    }

    @Test
    void dotfilesAndCorpusDocumentationAreLeftOut() throws IOException {
        Path keep = file(".root/news/a.txt");
        file(".root/.git/config");
        file(".root/news/.hidden.txt");
        file(".root/news/README.md");
        file(".root/SOURCES.md");
        file(".root/seeds.gold.jsonl");
        assertEquals(List.of(keep), walk(List.of(tmp.resolve(".root")), new ArrayList<>()),
                "a dot-directory named as a root is walked, dot entries below it are not");
    }

    @Test
    void aLinkBackUpTheTreeIsReportedAndTheWalkGoesOn() throws IOException {
        Path a = file("l/a.txt");
        Path z = file("l/z/z.txt");
        Files.createSymbolicLink(tmp.resolve("l/z/up"), tmp.resolve("l"));
        Files.createSymbolicLink(tmp.resolve("l/broken"), tmp.resolve("l/nowhere"));
        List<IngestJob.Failure> failed = new ArrayList<>();
        assertEquals(List.of(a, z), walk(List.of(tmp.resolve("l"), tmp.resolve("missing")), failed));
        assertEquals(3, failed.size(), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.path().endsWith("up") && f.reason().equals("symbolic link loop")), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.path().endsWith("broken") && f.reason().contains("link")), failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.path().endsWith("missing") && f.reason().equals("no such file or directory")),
                failed.toString());
    }

    @Test
    void aRootInsideAnotherOrGivenTwiceIsWalkedOnce() throws IOException {
        Path a = file("r/a.txt");
        Path b = file("r/sub/b.txt");
        Path c = file("s/c.txt");
        List<Path> walked = walk(List.of(tmp.resolve("s"), tmp.resolve("r/sub"), tmp.resolve("r"), tmp.resolve("r/sub/b.txt"),
                tmp.resolve("s")), new ArrayList<>());
        assertEquals(List.of(a, b, c), walked);
    }

    @Test
    void thousandsOfFilesGivenAsRootsComeInOrder() throws IOException {
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            made.add(file("w/" + (i % 7) + "/f" + i + ".txt"));
        }
        List<Path> shuffled = new ArrayList<>(made);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.add(tmp.resolve("w/3"));
        List<Path> expected = made.stream().sorted().toList();
        assertEquals(expected, walk(shuffled, new ArrayList<>()), "the files of w/3 once, with the others in order");
    }

    @Test
    void aFileGivenAsARootIsTakenAsItIs() throws IOException {
        Path readme = file("README.md");
        assertEquals(List.of(readme), walk(List.of(readme), new ArrayList<>()), "named explicitly, documentation is taken too");
        assertEquals(List.of(), walk(List.of(), new ArrayList<>()));
    }
}
