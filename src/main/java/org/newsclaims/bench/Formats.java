package org.newsclaims.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A text written in each form ingest reads: plain text in the encodings of Chinese and Vietnamese
 * news, an HTML page, a DOCX and a PDF. Each is built by hand, byte by byte, so that the reader
 * under test is the only parser involved.
 */
public final class Formats {

    public enum Format {
        UTF8("txt"), UTF8_BOM("txt"), GB18030("txt"), BIG5("txt"), UTF16LE_BOM("txt"), UTF16BE("txt"), CP1258("txt"),
        HTML("html"), DOCX("docx"), PDF("pdf");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final byte[] DOCUMENT_HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
            + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOCUMENT_TAIL = "</w:body></w:document>".getBytes(StandardCharsets.UTF_8);

    private Formats() {
    }

    /** The opening of a DOCX's word/document.xml, up to its first paragraph. */
    public static byte[] documentHead() {
        return DOCUMENT_HEAD.clone();
    }

    /** The closing of a DOCX's word/document.xml, after its last paragraph. */
    public static byte[] documentTail() {
        return DOCUMENT_TAIL.clone();
    }

    /** {@code text} as a file of {@code format}; characters an encoding lacks become its replacement. */
    public static byte[] write(String text, Format format) {
        return switch (format) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case UTF8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case GB18030 -> text.getBytes(Charset.forName("GB18030"));
            case BIG5 -> text.getBytes(Charset.forName("Big5"));
            case UTF16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            case UTF16BE -> text.getBytes(StandardCharsets.UTF_16BE);
            case CP1258 -> cp1258Form(text).getBytes(Charset.forName("windows-1258"));
            case HTML -> html(text);
            case DOCX -> docx(text);
            case PDF -> pdf(text);
        };
    }

    /** A ZIP holding a DOCX's content types and package relationships; the caller adds word/document.xml. */
    public static ZipOutputStream docxPackage(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        return zip;
    }

    /**
     * Vietnamese as windows-1258 writes it: the vowel shapes precomposed (â ê ô ă ơ ư), the five tones
     * as combining marks; the code page has no other way to hold most toned letters.
     */
    static String cp1258Form(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        StringBuilder tones = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK && out.length() > 0) {
                String composed = Normalizer.normalize(out.charAt(out.length() - 1) + String.valueOf(c), Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    out.setCharAt(out.length() - 1, composed.charAt(0));
                } else {
                    out.append(c);
                }
            } else {
                out.append(tones);
                tones.setLength(0);
                out.append(c);
            }
        }
        return out.append(tones).toString();
    }

    private static byte[] html(String text) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>");
        List<String> lines = text.lines().toList();
        h.append(xml(lines.isEmpty() ? "" : lines.get(0))).append("</title></head>\n<body><article>\n");
        for (String line : lines) {
            h.append("<p>").append(xml(line)).append("</p>\n");
        }
        return h.append("</article></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = docxPackage(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(DOCUMENT_HEAD);
            for (String line : text.lines().toList()) {
                zip.write(("<w:p><w:r><w:t xml:space=\"preserve\">" + xml(line) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
            }
            zip.write(DOCUMENT_TAIL);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * One page per 40 lines, each line a UCS-2 hex string in Adobe's STSong-Light with the
     * UniGB-UCS2-H CMap: a font every PDF reader knows without embedding it, whose codes are Unicode.
     */
    private static byte[] pdf(String text) {
        List<String> lines = text.lines().toList();
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, lines.size()); i += 40) {
            pages.add(lines.subList(Math.min(i, lines.size()), Math.min(i + 40, lines.size())));
        }
        List<String> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        int firstPage = 4;
        for (int p = 0; p < pages.size(); p++) {
            kids.append(firstPage + 2 * p).append(" 0 R ");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font"
                + " /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >>"
                + " /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]"
                + " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>");
        for (int p = 0; p < pages.size(); p++) {
            StringBuilder content = new StringBuilder("BT /F1 10 Tf 14 TL 40 800 Td\n");
            for (String line : pages.get(p)) {
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < line.length(); i++) {
                    hex.append(String.format("%04X", (int) line.charAt(i)));
                }
                content.append('<').append(hex).append("> Tj T*\n");
            }
            content.append("ET");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                    + (firstPage + 2 * p + 1) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        return pdf(objects);
    }

    /**
     * A PDF of {@code objects}, numbered from 1 (the first is the catalog), with a classic cross-reference
     * table. Each object's characters are its bytes (ISO-8859-1), so that a stream may hold binary data.
     */
    public static byte[] pdf(List<String> objects) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        long at = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.length + 1) + "\n0000000000 65535 f \n");
        for (long off : offsets) {
            table.append(String.format("%010d 00000 n \n", off));
        }
        table.append("trailer\n<< /Size ").append(offsets.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(at)
                .append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 has no control characters but tab; they would make every file malformed
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
