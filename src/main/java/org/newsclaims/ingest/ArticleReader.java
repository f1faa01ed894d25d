package org.newsclaims.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsclaims.Models;
import org.newsclaims.normalize.TextNormalizer;

/** The ingest stage's entry point: one file in, one {@link Article} out, or an {@link IngestException}. */
public final class ArticleReader {

    /** Files larger than this are refused: news articles are kilobytes, and a file is read whole. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Time a parser may take over one file: news parses in well under a second; a file that takes this
     * long is built to hang the parser.
     */
    public static final long DEFAULT_PARSE_MILLIS = 60_000;

    private static final int TITLE_MAX = 120;

    /** Why a text in another language than Chinese or Vietnamese is refused. */
    public static final String OTHER_LANGUAGE = "not text in a known language (neither Chinese nor Vietnamese)";

    private final ChromeFilter chrome;
    private final DateFinder dates;
    private final long maxBytes;
    private final long parseMillis;

    private ArticleReader(ChromeFilter chrome, DateFinder dates, long maxBytes, long parseMillis) {
        this.chrome = chrome;
        this.dates = dates;
        this.maxBytes = maxBytes;
        this.parseMillis = parseMillis;
    }

    /** A reader with the chrome and date rules of {@code models} and the default limits. */
    public static ArticleReader load(Models models) {
        return new ArticleReader(ChromeFilter.load(models), DateFinder.load(models), DEFAULT_MAX_BYTES, DEFAULT_PARSE_MILLIS);
    }

    /** This reader with another time limit for parsing one file. */
    public ArticleReader withParseMillis(long millis) {
        return new ArticleReader(chrome, dates, maxBytes, millis);
    }

    /** This reader with another size limit for one file. */
    public ArticleReader withMaxBytes(long bytes) {
        return new ArticleReader(chrome, dates, bytes, parseMillis);
    }

    /** Files (and payloads) larger than this many bytes are refused. */
    public long maxBytes() {
        return maxBytes;
    }

    public Article read(Path path) throws IngestException {
        byte[] bytes = readBytes(path);
        return read(path, bytes);
    }

    /** Reads the file whole, after checks that give a clear reason for each way it can fail. */
    public byte[] readBytes(Path path) throws IngestException {
        try {
            if (!Files.exists(path)) {
                throw new IngestException(Files.isSymbolicLink(path) ? "broken or looping symbolic link" : "no such file");
            }
            if (Files.isDirectory(path)) {
                throw new IngestException("is a directory");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new IngestException("empty file");
            }
            if (size > maxBytes) {
                throw new IngestException(String.format("file too large (%.1f MB; the limit is %.0f MB)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied", e);
        } catch (FileSystemException e) {
            throw new IngestException(e.getReason() == null ? "cannot read file" : e.getReason(), e);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
    }

    public Article read(Path path, byte[] bytes) throws IngestException {
        ExtractedText extracted = TextExtractor.extract(bytes, path.getFileName().toString(), parseMillis);
        String text = extracted.text();
        ChromeFilter.Layout layout = chrome.layout(text);
        List<Span> body = layout.body();
        if (body.isEmpty()) {
            throw new IngestException("no article text (only site chrome or blank lines)");
        }
        String bodyText = joined(text, body);
        String notText = NotText.reason(bodyText);
        if (notText != null) {
            throw new IngestException(notText);
        }
        Language language = LanguageDetector.detect(bodyText);
        if (language == null) {
            throw new IngestException(OTHER_LANGUAGE);
        }
        Span titleLine = layout.title() != null ? layout.title() : body.get(0);
        String title = com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(
                extracted.title() != null ? extracted.title() : text.substring(titleLine.start(), titleLine.end()));
        if (title.length() > TITLE_MAX) {
            title = title.substring(0, TITLE_MAX) + "…";
        }
        DateFinder.Found date = extracted.published() != null ? new DateFinder.Found(extracted.published(), false)
                : dates.find(text, body, layout.bodyStart(), extracted.created());
        return new Article(docId(bodyText), path, extracted.mediaType(), extracted.charset(), text, body,
                title, date.date(), language, date.yearInferred());
    }

    private static String joined(String text, List<Span> body) {
        StringBuilder sb = new StringBuilder();
        for (Span s : body) {
            sb.append(text, s.start(), s.end()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Hash of the NFKC body without white space (the characters of {@code \s}): the same article
     * from any file format gets the same id.
     */
    static String docId(String body) {
        String normalized = TextNormalizer.nfkcText(body);
        StringBuilder key = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) < 0) {
                key.append(c);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
