package org.newsclaims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsclaims.cli.Main;

/** A real store of the shipped corpus, ingested once per test run (CoreNLP's start-up is slow) and shared by the web tests. */
final class TestStore {

    private static Path data;

    private TestStore() {
    }

    static synchronized Path data() {
        if (data == null) {
            Path dir = Path.of("target", "web-test-data").toAbsolutePath();
            deleteRecursively(dir);
            assertEquals(0, Main.run("ingest", "--data", dir.toString()), "ingest of corpus/ failed");
            data = dir;
        }
        return data;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
