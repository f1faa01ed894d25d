package org.newsclaims.bench;

import java.util.List;
import java.util.Random;
import org.newsclaims.bench.Formats.Format;
import org.newsclaims.ingest.Language;

/**
 * Inputs nobody wrote by hand, each made from its seed and index alone (so one can be made again
 * without the others): random bytes under a random name; a news file, its text perhaps spliced with
 * random words, written in an encoding or format of its language and then damaged byte by byte; and
 * strings of Han, Vietnamese, digits, scale words, currencies and separators.
 */
public final class FuzzInputs {

    public enum Kind { BYTES, FILE, TEXT }

    /**
     * One input: bytes under a file name (BYTES, FILE), or a text in a language (TEXT).
     * {@code what} says how it was made.
     */
    public record Input(int index, Kind kind, String name, byte[] bytes, String text, Language language, String what) {
    }

    /** A news file's text and language. */
    public record Sample(String name, String text, Language language) {
    }

    /** The words random texts are made of: numerals, scale words and currencies first, as the grammar reads them. */
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "5", "7", "9", "00", "000", "12", "250", "1000",
            "０", "１", "５", "〇", "零", "一", "二", "两", "兩", "三", "五", "七", "九", "十", "百", "千", "壹", "贰", "叁", "伍", "拾", "佰", "仟",
            "Ⅴ", "½", "٣");
    private static final List<String> SCALES = List.of("万", "亿", "萬", "億", "万亿", "兆", "千万", "百万", "nghìn", "ngàn", "triệu",
            "tỷ", "tỉ", "nghìn tỷ", "k", "K", "M", "B", "bn", "million", "billion", "trillion");
    private static final List<String> CURRENCIES = List.of("元", "美元", "人民币", "港元", "港币", "新台币", "欧元", "日元", "块", "圆",
            "đồng", "USD", "VND", "EUR", "$", "US$", "HK$", "NT$", "¥", "￥", "€", "£", "₫", "đ");
    private static final List<String> SEPARATORS = List.of(".", ",", "，", "、", "．", "'", " ", "\u00A0", "\u2009", "\u202F", "-",
            "–", "~", "～", "至", "到", "đến", "-", "%", "％", "/", ":", "。", "！", "？", "\n", "\n\n", "(", ")", "（", "）", "“", "”",
            "…", "\t");
    private static final List<String> WORDS = List.of("公司", "亏损", "营收", "收入", "净利润", "估值", "融资", "投资", "约", "超过",
            "近", "逾", "据", "报道", "称", "表示", "年", "月", "日", "去年", "今年", "第一季度", "每股", "股价", "市值", "政府", "银行",
            "他", "该", "的", "了", "在", "虧損", "營收", "據", "報導", "表示", "億元", "萬元", "說", "Công ty", "lỗ", "doanh thu",
            "lợi nhuận", "khoảng", "hơn", "gần", "theo", "cho biết", "năm", "tháng", "quý", "ngân hàng", "giá", "mỗi", "cổ phiếu",
            "đạt", "vốn", "của", "và", "OpenAI", "Apple", "Reuters", "Bloomberg", "Tesla");
    /** Characters no news holds, now and then: controls, marks, private use, a lone surrogate, an astral letter. */
    private static final List<String> ODD = List.of("\u0000", "\u0007", "\u001B", "\u0301", "\u0323", "\uFEFF", "\u200B", "\u200D",
            "\uE000", "\uFFFD", "\uD800", "\uDC00", "\uD840\uDC00", "\u3000", "\u2028", "\u0085", "\u061C");

    private static final String VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ";
    private static final List<Format> CHINESE_FORMATS = List.of(Format.UTF8, Format.UTF8_BOM, Format.GB18030, Format.UTF16LE_BOM,
            Format.UTF16BE, Format.HTML, Format.DOCX, Format.PDF);
    private static final List<String> NAMES = List.of("x.txt", "x.html", "x.htm", "x.pdf", "x.docx", "x.xlsx", "x.odt", "x.epub",
            "x.zip", "x.bin", "x", "x.xml", "x.rtf", "x.doc");

    private final List<Sample> samples;
    private final long seed;

    public FuzzInputs(List<Sample> samples, long seed) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no news files to mutate");
        }
        this.samples = List.copyOf(samples);
        this.seed = seed;
    }

    /** Input number {@code index}: a quarter random bytes, a quarter damaged news files, half random texts. */
    public Input input(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        return switch (index % 4) {
            case 0 -> randomBytes(index, r);
            case 1 -> newsFile(index, r);
            default -> randomText(index, r);
        };
    }

    private Input randomBytes(int index, Random r) {
        byte[] bytes = new byte[r.nextInt(4) == 0 ? r.nextInt(65_536) : r.nextInt(2_048)];
        r.nextBytes(bytes);
        String name = NAMES.get(r.nextInt(NAMES.size()));
        return new Input(index, Kind.BYTES, name, bytes, null, null, bytes.length + " random bytes as " + name);
    }

    private Input newsFile(int index, Random r) {
        Sample sample = samples.get(r.nextInt(samples.size()));
        String text = sample.text();
        StringBuilder what = new StringBuilder(sample.name());
        if (r.nextInt(3) == 0) {
            int at = r.nextInt(text.length() + 1);
            String words = randomWords(r, 1 + r.nextInt(40));
            text = text.substring(0, at) + words + text.substring(at);
            what.append(" +").append(words.length()).append(" random chars at ").append(at);
        }
        List<Format> formats = sample.language() == Language.VI
                ? List.of(Format.UTF8, Format.UTF8_BOM, Format.UTF16LE_BOM, Format.UTF16BE, Format.CP1258, Format.HTML, Format.DOCX)
                : sample.language() == Language.ZH_HANT ? withBig5() : CHINESE_FORMATS;
        Format format = formats.get(r.nextInt(formats.size()));
        byte[] bytes = Formats.write(text, format);
        what.append(" as ").append(format);
        int damages = r.nextInt(4);
        for (int d = 0; d < damages && bytes.length > 0; d++) {
            bytes = damage(bytes, r, what);
        }
        return new Input(index, Kind.FILE, "x." + format.extension, bytes, null, null, what.toString());
    }

    private static List<Format> withBig5() {
        List<Format> out = new java.util.ArrayList<>(CHINESE_FORMATS);
        out.add(Format.BIG5);
        return out;
    }

    /** One of: bytes flipped, random bytes inserted, a range cut out or doubled, the file truncated. */
    private static byte[] damage(byte[] bytes, Random r, StringBuilder what) {
        int at = r.nextInt(bytes.length);
        switch (r.nextInt(5)) {
            case 0 -> {
                int n = 1 + r.nextInt(8);
                bytes = bytes.clone();
                for (int i = 0; i < n; i++) {
                    bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
                }
                what.append(", ").append(n).append(" bytes changed");
            }
            case 1 -> {
                byte[] junk = new byte[1 + r.nextInt(64)];
                r.nextBytes(junk);
                bytes = splice(bytes, at, at, junk);
                what.append(", ").append(junk.length).append(" bytes inserted at ").append(at);
            }
            case 2 -> {
                int end = Math.min(bytes.length, at + 1 + r.nextInt(256));
                bytes = splice(bytes, at, end, new byte[0]);
                what.append(", bytes ").append(at).append("-").append(end).append(" cut");
            }
            case 3 -> {
                int end = Math.min(bytes.length, at + 1 + r.nextInt(256));
                bytes = splice(bytes, end, end, java.util.Arrays.copyOfRange(bytes, at, end));
                what.append(", bytes ").append(at).append("-").append(end).append(" doubled");
            }
            default -> {
                bytes = java.util.Arrays.copyOf(bytes, at);
                what.append(", truncated at ").append(at);
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    private Input randomText(int index, Random r) {
        int words = r.nextInt(8) == 0 ? 200 + r.nextInt(1_000) : 1 + r.nextInt(60);
        String text = randomWords(r, words);
        Language language = Language.values()[r.nextInt(Language.values().length)];
        return new Input(index, Kind.TEXT, null, null, text, language, words + " random words as " + language.tag());
    }

    /** {@code n} words drawn mostly from numerals, scale words, currencies and separators. */
    private static String randomWords(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(100);
            if (pick >= 95 && pick < 98) {
                // any Han character, or any letter of the Vietnamese alphabet
                sb.append(pick == 95 ? (char) (0x4E00 + r.nextInt(0x5200))
                        : VIETNAMESE.charAt(r.nextInt(VIETNAMESE.length())));
                continue;
            }
            List<String> pool = pick < 35 ? DIGITS : pick < 50 ? SCALES : pick < 60 ? CURRENCIES : pick < 80 ? SEPARATORS
                    : pick < 95 ? WORDS : ODD;
            sb.append(pool.get(r.nextInt(pool.size())));
            if (r.nextInt(6) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
