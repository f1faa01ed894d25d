package org.newsclaims.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsclaims.bench.Formats;

/** Files built to take a reader down: a zip bomb, deep nesting, a huge page tree, random bytes. */
public final class HostileFiles {


    private HostileFiles() {
    }

    /** A DOCX of about 1 MB whose word/document.xml inflates to {@code inflatedBytes} of paragraphs. */
    public static Path zipBombDocx(Path file, long inflatedBytes) throws IOException {
        // long runs of one letter: deflate's best case (about 1000:1), as in a real bomb
        byte[] paragraph = ("<w:p><w:r><w:t>" + "A".repeat(65_536) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = docx(file)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(Formats.documentHead());
            for (long n = Formats.documentHead().length + Formats.documentTail().length; n < inflatedBytes; n += paragraph.length) {
                zip.write(paragraph);
            }
            zip.write(Formats.documentTail());
            zip.closeEntry();
        }
        return file;
    }

    /** A DOCX whose document.xml inflates about 30 times, an honest ratio, to {@code inflatedBytes}. */
    public static Path bigEntryDocx(Path file, long inflatedBytes) throws IOException {
        Random random = new Random(7);
        byte[] paragraph = ("<w:p><w:r><w:t>" + "A".repeat(80) + "?</w:t></w:r></w:p>").getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = docx(file)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(Formats.documentHead());
            for (long n = 0; n < inflatedBytes; n += paragraph.length) {
                paragraph[95] = (byte) ('a' + random.nextInt(26));
                zip.write(paragraph);
            }
            zip.write(Formats.documentTail());
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A DOCX whose body is {@code depth} tables, each inside a cell of the one before. The XML is stored, not
     * deflated, so that the nesting, not the inflate ratio, is what the reader meets.
     */
    public static Path nestedDocx(Path file, int depth) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"")
                .append("http://schemas.openxmlformats.org/wordprocessingml/2006/main").append("\"><w:body>");
        xml.append("<w:tbl><w:tr><w:tc>".repeat(depth));
        xml.append("<w:p><w:r><w:t>公司亏损50亿美元</w:t></w:r></w:p>");
        xml.append("</w:tc></w:tr></w:tbl>".repeat(depth));
        xml.append("</w:body></w:document>");
        byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream zip = docx(file)) {
            ZipEntry entry = new ZipEntry("word/document.xml");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        }
        return file;
    }

    /** An HTML page whose article text sits inside {@code depth} nested elements. */
    public static Path nestedHtml(Path file, int depth, String articleText) throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>" + "<div>".repeat(depth)
                + "<p>" + articleText.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "</p><p>") + "</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Files.writeString(file, html);
        return file;
    }

    /**
     * A PDF whose page tree is {@code levels} deep with every node listing the next one twice, so that it
     * names 2^levels pages in a few kilobytes.
     */
    public static Path pageTreePdf(Path file, int levels) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        int leaf = levels + 2;
        for (int k = 0; k < levels; k++) {
            int self = 2 + k;
            int kid = self + 1;
            String parent = k == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
            objects.add("<< /Type /Pages /Kids [" + kid + " 0 R " + kid + " 0 R] /Count " + (1L << Math.min(levels - k, 30))
                    + parent + " >>");
        }
        String content = "BT /F1 12 Tf 72 712 Td (Page) Tj ET";
        objects.add("<< /Type /Page /Parent " + (leaf - 1) + " 0 R /MediaBox [0 0 612 792] /Contents " + (leaf + 1)
                + " 0 R /Resources << /Font << /F1 " + (leaf + 2) + " 0 R >> >> >>");
        objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        Files.write(file, Formats.pdf(objects));
        return file;
    }

    /** A one-page PDF of about 1 MB whose deflated content stream inflates to {@code inflatedBytes} of text operators. */
    public static Path flateBombPdf(Path file, long inflatedBytes) throws IOException {
        byte[] show = ("(" + "A".repeat(65_536) + ") Tj\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION), 65_536)) {
            out.write("BT /F1 12 Tf 72 712 Td\n".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < inflatedBytes; n += show.length) {
                out.write(show);
            }
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(file, Formats.pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + deflated.size() + " /Filter /FlateDecode >>\nstream\n"
                        + deflated.toString(StandardCharsets.ISO_8859_1) + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")));
        return file;
    }

    /** {@code size} random bytes from {@code seed}. */
    public static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    private static ZipOutputStream docx(Path file) throws IOException {
        ZipOutputStream zip = Formats.docxPackage(Files.newOutputStream(file));
        zip.setLevel(Deflater.BEST_COMPRESSION);
        return zip;
    }

    /** Writes the four hostile files into {@code dir}: {@code java ... HostileFiles DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        zipBombDocx(dir.resolve("bomb.docx"), 1L << 30);
        nestedDocx(dir.resolve("nested.docx"), 10_000);
        pageTreePdf(dir.resolve("pagetree.pdf"), 40);
        randomBytes(dir.resolve("random.txt"), 200 * 1024, 23);
        flateBombPdf(dir.resolve("bomb.pdf"), 1L << 30);
        nestedHtml(dir.resolve("nested.html"), 10_000, "公司亏损50亿美元。\n据报道,该公司去年亏损30亿美元。");
    }
}
