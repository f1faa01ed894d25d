package org.newsclaims.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One ingested news article.
 *
 * @param text      the whole text as extracted from the file (the "original": every offset points here)
 * @param body      the ranges of {@code text} that are the article itself, site chrome left out; in order
 * @param date      publication date, or null when neither metadata nor text gives one
 * @param dateInferred the date's year was not written but inferred (a bare month-day), so it is a weaker clue
 * @param docId     hash of the normalized body: the same article read from any format gets the same id
 */
public record Article(
        String docId,
        Path path,
        String mediaType,
        String charset,
        String text,
        List<Span> body,
        String title,
        LocalDate date,
        Language language,
        boolean dateInferred) {

    public Article {
        body = List.copyOf(body);
    }

    /** An article whose date, if any, was written in full. */
    public Article(String docId, Path path, String mediaType, String charset, String text, List<Span> body,
                   String title, LocalDate date, Language language) {
        this(docId, path, mediaType, charset, text, body, title, date, language, false);
    }

    /** The stored form of a path: absolute and normalized, so the same file is one key however it was named. */
    public static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The body as one string: the body ranges of the original text joined by newlines. */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Span s : body) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(text, s.start(), s.end());
        }
        return sb.toString();
    }

    public boolean inBody(int start, int end) {
        for (Span s : body) {
            if (s.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
