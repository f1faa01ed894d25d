package org.newsclaims.ingest;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The zip-bomb check for PDF. PDFBox decodes a stream whole into memory before it reads a page,
 * so a 1 MB file whose content stream inflates to 1 GiB fills the heap and outruns any time limit.
 * Each deflated stream is therefore inflated here first, into a small buffer that is thrown away,
 * up to a limit.
 */
final class PdfStreams {

    private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private PdfStreams() {
    }

    /** Whether {@code pdf} is a PDF with a deflated stream that inflates to more than {@code maxBytes}. */
    static boolean inflatesOver(byte[] pdf, long maxBytes) {
        byte[] sink = new byte[64 * 1024];
        Inflater inflater = new Inflater();
        try {
            for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
                int data = dataStart(pdf, at + STREAM.length);
                if (data < 0) {
                    continue; // "endstream", or the word in text
                }
                inflater.reset();
                inflater.setInput(pdf, data, pdf.length - data);
                long inflated = 0;
                try {
                    while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                        inflated += inflater.inflate(sink);
                        if (inflated > maxBytes) {
                            return true;
                        }
                    }
                } catch (DataFormatException notDeflated) {
                    // another filter, or none: nothing to inflate
                }
            }
            return false;
        } finally {
            inflater.end();
        }
    }

    /** Where a stream's data begins after the keyword ends at {@code i}: past CR LF or LF, or -1. */
    private static int dataStart(byte[] pdf, int i) {
        if (i < pdf.length && pdf[i] == '\r') {
            i++;
        }
        return i < pdf.length && pdf[i] == '\n' ? i + 1 : -1;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
