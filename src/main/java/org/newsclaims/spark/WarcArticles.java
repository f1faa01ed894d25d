package org.newsclaims.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.ArticleReader;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.pipeline.Stages;

/**
 * The articles of a WARC or WARC.gz file (the CC-NEWS format), one outcome per response record with
 * an HTML payload, read as they come: the record's target URI is the article's path, and its WARC-Date
 * the date of an article that gives none. Other records, and pages in other languages, are passed over. A record whose payload cannot
 * be read is a failure and the file goes on; a record the WARC framing itself breaks in is the file's last
 * outcome, since where the next record starts is lost with it.
 */
final class WarcArticles implements Iterator<Outcome> {

    private final Stages stages;
    private final String file;
    private final WarcReader reader;
    private Outcome next;
    private boolean done;

    private WarcArticles(Stages stages, Path file, WarcReader reader) {
        this.stages = stages;
        this.file = Article.key(file);
        this.reader = reader;
    }

    static Iterator<Outcome> of(Stages stages, Path file) {
        try {
            return new WarcArticles(stages, file, new WarcReader(file));
        } catch (IOException e) {
            return java.util.List.of(Outcome.failed(Article.key(file), "cannot read WARC file: " + e.getMessage())).iterator();
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            long at = reader.position();
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                next = Outcome.failed(file + " at byte " + at, "corrupt WARC record (" + e.getMessage()
                        + "); the rest of the file is skipped");
                finish();
                break;
            }
            if (record.isEmpty()) {
                finish();
            } else if (record.get() instanceof WarcResponse response) {
                next = article(response);
            }
        }
        return next != null;
    }

    @Override
    public Outcome next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Outcome o = next;
        next = null;
        return o;
    }

    /** The record's article, a failure, or null when its payload is not a web page. */
    private Outcome article(WarcResponse response) {
        String url = response.target();
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
                return null;
            }
            byte[] payload = payload(http.bodyDecoded().stream());
            Article a = stages.reader().read(Path.of(fileName(url)), payload);
            if (a.date() == null) {
                // the crawl date bounds the publication date from above, no more: a weak clue, as an inferred year is
                a = new Article(a.docId(), a.path(), a.mediaType(), a.charset(), a.text(), a.body(), a.title(),
                        response.date().atOffset(ZoneOffset.UTC).toLocalDate(), a.language(), true);
            }
            return Outcome.read(Extraction.article(stages, url, a));
        } catch (IngestException e) {
            // a crawl is mostly in other languages: their pages are no failure
            return ArticleReader.OTHER_LANGUAGE.equals(e.getMessage()) ? Outcome.otherLanguage(url) : Outcome.failed(url, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(url, "cannot read the record's payload: " + e.getMessage());
        }
    }

    private byte[] payload(InputStream in) throws IOException, IngestException {
        long max = stages.reader().maxBytes();
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new IngestException(String.format("payload too large (over %.0f MB, the limit)", max / 1048576.0));
        }
        if (bytes.length == 0) {
            throw new IngestException("empty payload");
        }
        return bytes;
    }

    /** A file name for the payload's parser to go by: the URI's last segment, as a web page. */
    static String fileName(String url) {
        String path = url.replaceFirst("[?#].*", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches("(?i).+\\.x?html?") ? last : (last.isEmpty() ? "index" : last) + ".html";
    }

    private void finish() {
        done = true;
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
