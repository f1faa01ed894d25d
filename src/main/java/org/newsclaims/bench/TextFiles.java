package org.newsclaims.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.LanguageDetector;

/** What the stage benchmarks read: a folder's {@code *.txt} files as UTF-8, without the reader, in the language ingest would detect. */
final class TextFiles {

    record TextFile(Path path, String text, Language language) {
    }

    private TextFiles() {
    }

    /** The {@code *.txt} files of {@code dir} by name, those in neither Chinese nor Vietnamese left out. */
    static List<TextFile> in(Path dir) throws IOException {
        List<TextFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Language language = LanguageDetector.detect(text);
                if (language != null) {
                    out.add(new TextFile(p, text, language));
                }
            }
        }
        return out;
    }
}
