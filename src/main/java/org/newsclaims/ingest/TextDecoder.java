package org.newsclaims.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import com.ibm.icu.text.Normalizer2;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes plain-text bytes exactly (offsets into the result are the offsets users and gold
 * files see): a byte-order mark wins, then strict UTF-8, then UTF-16 without a BOM, then
 * Tika's statistical charset detection (GB18030, Big5, windows-1258, ...).
 */
final class TextDecoder {

    record Decoded(String text, String charset) {
    }

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Set<String> WESTERN_SINGLE_BYTE = Set.of("windows-1252", "ISO-8859-1", "ISO-8859-15");
    /** Letters only Vietnamese uses among Latin-script languages (precomposed forms). */
    private static final String VIETNAMESE_LETTERS = "ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws IngestException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strictUtf8(bytes, 3), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(utf16.substring(1), utf16.substring(0, 1).equals("L") ? "UTF-16LE" : "UTF-16BE");
        }
        try {
            return new Decoded(strictUtf8(bytes, 0), "UTF-8");
        } catch (IngestException invalid) {
            // Mostly UTF-8 with a few broken bytes is a damaged UTF-8 file, not another charset.
            if (mostlyUtf8(bytes)) {
                throw invalid;
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null) {
            throw new IngestException("cannot tell the character encoding");
        }
        Charset charset;
        try {
            charset = Charset.forName(match.getName());
        } catch (IllegalArgumentException e) {
            throw new IngestException("unsupported character encoding " + match.getName(), e);
        }
        if (charset.name().equals("GB2312") || charset.name().equals("GBK")) {
            charset = Charset.forName("GB18030"); // a superset; detectors name the smaller set
        }
        String text = new String(bytes, charset);
        if (WESTERN_SINGLE_BYTE.contains(charset.name())) {
            // ICU's detector does not know windows-1258; Vietnamese read as Latin-1 loses its letters.
            String vietnamese = new String(bytes, WINDOWS_1258);
            if (vietnameseLetters(vietnamese) > 2 * vietnameseLetters(text) + 2) {
                return new Decoded(vietnamese, WINDOWS_1258.name());
            }
        }
        return new Decoded(text, charset.name());
    }

    private static int vietnameseLetters(String text) {
        String composed = Normalizer2.getNFCInstance().normalize(text);
        int n = 0;
        for (int i = 0; i < composed.length(); i++) {
            if (VIETNAMESE_LETTERS.indexOf(Character.toLowerCase(composed.charAt(i))) >= 0) {
                n++;
            }
        }
        return n;
    }

    private static String strictUtf8(byte[] bytes, int offset) throws IngestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException("invalid UTF-8 at byte " + in.position(), e);
        }
    }

    /** "L"/"B" + text when the bytes look like BOM-less UTF-16 (one zero byte in most pairs), else null. */
    private static String utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        int pairs = Math.min(bytes.length / 2, 4096);
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenZero++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
            return "L" + new String(bytes, StandardCharsets.UTF_16LE);
        }
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
            return "B" + new String(bytes, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    /** True when the bytes are UTF-8 text with a few broken sequences (many more valid multi-byte sequences than invalid bytes). */
    private static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                invalid++;
                i++;
            } else {
                if (len > 1) {
                    valid++;
                }
                i += len;
            }
        }
        return valid > 16 && valid >= 20 * invalid;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
