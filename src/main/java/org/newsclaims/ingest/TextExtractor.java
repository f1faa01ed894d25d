package org.newsclaims.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Apache Tika text extraction. Plain text is decoded exactly by {@link TextDecoder}; every other
 * type goes through Tika's AutoDetectParser with a handler that keeps the page's text and drops
 * the structural chrome of HTML (navigation, headers and footers outside the article, asides,
 * scripts, forms) and elements whose class or id names such chrome.
 *
 * <p>What a parser may do with one file is bounded, so that one file cannot take an ingest down:
 * the text it may produce, how far zip entries (DOCX, XLSX, PPTX, ODT, EPUB) may inflate, how deep
 * elements may nest and how long it may run. A file past a limit is refused with the limit named.
 */
final class TextExtractor {

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    /** Characters of extracted text after which a document is refused rather than held in memory. */
    static final int MAX_CHARS = 20_000_000;
    /**
     * Smallest compressed/inflated ratio of a zip entry: real XML inflates about 10 times, a bomb 1000
     * times. POI's default, which Tika's OOXML parser switches off when it loads.
     */
    static final double MIN_INFLATE_RATIO = 0.01;
    /**
     * Largest inflated zip entry or PDF stream: a news document's XML is kilobytes, and POI and PDFBox
     * hold a part or a stream whole in memory.
     */
    static final long MAX_ENTRY_BYTES = 64L << 20;
    /**
     * Deepest element nesting in a parser's output. Tika's default, 100, refuses deeply nested web pages,
     * which cost nothing here: the handler keeps one flag per open element and no recursion.
     */
    static final int MAX_NESTING = 5_000;
    private static final Parser PARSER = parser();
    /** Each parse runs on a thread of its own, so that one that overruns its time can be left behind. */
    private static final ExecutorService PARSING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsclaims-parse");
        t.setDaemon(true);
        return t;
    });

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe",
            "nav", "aside", "form", "button", "select", "svg", "head");
    private static final Set<String> PAGE_FURNITURE = Set.of("header", "footer");
    private static final Set<String> CONTENT = Set.of("article", "main");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "td", "th", "section", "article", "main", "blockquote", "pre", "ul", "ol", "table", "dd", "dt",
            "header", "footer", "figure", "figcaption", "hr", "title");
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|related|recommend|footer|header|comments?|share|"
                    + "social|advert|ads?|banner|copyright|toolbar|login|pagination|hot|tags)($|[\\s_-])");

    private TextExtractor() {
    }

    private static Parser parser() {
        AutoDetectParser parser = new AutoDetectParser(TIKA);
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, null, null, MAX_NESTING, null));
        // after Tika has loaded its parsers, whose OOXML parser switches the ratio check off
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        return parser;
    }

    static ExtractedText extract(byte[] bytes, String fileName, long timeLimitMillis) throws IngestException {
        if (plainByName(bytes, fileName)) {
            try {
                TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
                return new ExtractedText(decoded.text(), "text/plain", decoded.charset(), null, null, null);
            } catch (IngestException e) {
                // not plain text after all: Tika decides below
            }
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            type = DETECTOR.detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException("cannot detect file type: " + e.getMessage(), e);
        }
        if (type.getBaseType().equals(MediaType.TEXT_PLAIN) || type.getBaseType().equals(MediaType.OCTET_STREAM)
                && looksLikeText(bytes)) {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            return new ExtractedText(decoded.text(), "text/plain", decoded.charset(), null, null, null);
        }
        if (type.getBaseType().equals(MediaType.OCTET_STREAM)) {
            throw new IngestException("not a document Tika can read (binary data of unknown type)");
        }
        if (type.getBaseType().toString().equals("application/pdf") && PdfStreams.inflatesOver(bytes, MAX_ENTRY_BYTES)) {
            throw new IngestException("a PDF stream inflates to over " + (MAX_ENTRY_BYTES >> 20) + " MB (the entry-size limit)");
        }
        BodyHandler handler = parse(bytes, metadata, type, timeLimitMillis);
        String text = handler.text();
        if (text.isBlank()) {
            throw new IngestException("no text in " + type.getBaseType() + " file");
        }
        String charset = metadata.get(Metadata.CONTENT_ENCODING);
        return new ExtractedText(text, type.getBaseType().toString(), charset,
                blankToNull(metadata.get(TikaCoreProperties.TITLE)),
                metadataDate(metadata, "article:published_time", "og:published_time", "pubdate", "publishdate",
                        "date", "DC.date", "dc:date"),
                metadataDate(metadata, TikaCoreProperties.CREATED.getName()));
    }

    /** Runs Tika on its own thread, within the time limit; every way it can fail becomes one line. */
    private static BodyHandler parse(byte[] bytes, Metadata metadata, MediaType type, long timeLimitMillis)
            throws IngestException {
        BodyHandler handler = new BodyHandler();
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(Parser.class, PARSER);
        Future<?> parsing = PARSING.submit(() -> {
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                PARSER.parse(in, handler, metadata, context);
            }
            return null;
        });
        try {
            parsing.get(timeLimitMillis, TimeUnit.MILLISECONDS);
            return handler;
        } catch (TimeoutException e) {
            // a parser that reports its text stops at its next element; one that does not runs on, on a daemon thread
            handler.stop();
            parsing.cancel(true);
            throw new IngestException("parsing took over " + (timeLimitMillis % 1000 == 0 ? timeLimitMillis / 1000 + " s"
                    : timeLimitMillis + " ms") + " (the time limit)", e);
        } catch (InterruptedException e) {
            handler.stop();
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), type);
        }
    }

    private static IngestException failure(Throwable e, MediaType type) {
        if (e instanceof EncryptedDocumentException) {
            return new IngestException("encrypted " + type.getSubtype() + " document", e);
        }
        if (e instanceof StackOverflowError) {
            return new IngestException("nested too deeply to parse (the parser ran out of stack)", e);
        }
        if (e instanceof OutOfMemoryError) {
            return new IngestException("too large to parse in memory (the parser ran out of heap)", e);
        }
        if (e instanceof SAXException && WriteLimitReachedException.isWriteLimitReached(e)) {
            return new IngestException("too much text (over " + MAX_CHARS + " characters, the text limit)", e);
        }
        String reason = oneLine(e);
        if (reason.contains("max. ratio of compressed file size")) {
            return new IngestException(String.format("a zip entry inflates over %.0f times (the inflate-ratio limit)",
                    1 / MIN_INFLATE_RATIO), e);
        }
        if (reason.contains("max size of the expanded data")) {
            return new IngestException("a zip entry inflates to over " + (MAX_ENTRY_BYTES >> 20) + " MB (the entry-size limit)", e);
        }
        if (reason.contains("levels of XML element nesting")) {
            return new IngestException("elements nested over " + MAX_NESTING + " levels deep (the nesting limit)", e);
        }
        if (reason.startsWith("Suspected zip bomb")) {
            return new IngestException("over 100 characters of text per byte of file (the expansion limit)", e);
        }
        return new IngestException("cannot parse " + type.getBaseType() + ": " + reason, e);
    }

    /**
     * A {@code .txt} file that opens with neither markup nor control bytes, which Tika's detector
     * (magic patterns, then the name) would call text/plain at many times the cost.
     */
    private static boolean plainByName(byte[] bytes, String fileName) {
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i == bytes.length || bytes[i] == '<') {
            return false;
        }
        for (int k = 0; k < Math.min(bytes.length, 8192); k++) {
            int b = bytes[k] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] bytes) {
        try {
            TextDecoder.decode(bytes);
        } catch (IngestException e) {
            return false;
        }
        int controls = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                controls++;
            }
        }
        return controls < n / 100 + 1;
    }

    private static LocalDate metadataDate(Metadata metadata, String... keys) {
        for (String key : keys) {
            String value = metadata.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                return OffsetDateTime.parse(value.strip()).toLocalDate();
            } catch (DateTimeParseException e) {
                LocalDate d = DateFinder.firstDate(value);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg.replaceAll("\\s+", " ").strip();
    }

    /** Collects text, one line per block element, leaving out chrome subtrees. */
    private static final class BodyHandler extends DefaultHandler {
        private final StringBuilder out = new StringBuilder();
        private final java.util.ArrayDeque<Boolean> skipStack = new java.util.ArrayDeque<>();
        private int skipDepth;
        private int contentDepth;
        private volatile boolean stopped;

        /** Makes the parse fail at its next event: it is over its time. */
        void stop() {
            stopped = true;
        }

        private void checkStopped() throws SAXException {
            if (stopped) {
                throw new SAXException("stopped: over the time limit");
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            checkStopped();
            String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
            boolean skip = DROPPED.contains(name)
                    || PAGE_FURNITURE.contains(name) && contentDepth == 0
                    || CHROME_CLASS.matcher(attr(atts, "class") + " " + attr(atts, "id")).find()
                            && !CONTENT.contains(name) && contentDepth == 0;
            skipStack.push(skip);
            if (skip) {
                skipDepth++;
            }
            if (CONTENT.contains(name)) {
                contentDepth++;
            }
            if (BLOCKS.contains(name)) {
                newline();
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
            if (BLOCKS.contains(name)) {
                newline();
            }
            if (CONTENT.contains(name)) {
                contentDepth--;
            }
            if (!skipStack.isEmpty() && skipStack.pop()) {
                skipDepth--;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            checkStopped();
            if (skipDepth == 0) {
                if (out.length() + length > MAX_CHARS) {
                    throw new SAXException(new WriteLimitReachedException(MAX_CHARS));
                }
                out.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            characters(ch, start, length);
        }

        private void newline() {
            if (skipDepth == 0 && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        private static String attr(Attributes atts, String name) {
            String v = atts.getValue(name);
            return v == null ? "" : v;
        }

        String text() {
            return out.toString();
        }
    }
}
