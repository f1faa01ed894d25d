package org.newsclaims;

import static org.newsclaims.TestStages.STAGES;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.IngestException;
import org.newsclaims.pipeline.IngestJob;

/** Texts to check invariants on: the news sample as ingest reads it, and seeded random strings. */
public final class TestTexts {

    public static final Path NEWS_SAMPLE = Path.of("../shared/news-sample");

    /** Pieces random strings are made of: what money, numbers and NFKC meet in news, and what breaks them. */
    private static final String[] PIECES = {
        "0", "1", "2", "5", "9", "12", "250", "1000", "3.5", "8,5", "5.000", "1,234,567", "１２", "３．５",
        "一", "二", "两", "五", "十", "百", "千", "万", "亿", "萬", "億", "兆", "壹", "贰", "拾", "零", "〇", "半",
        "nghìn", "triệu", "tỷ", "trăm", "mười", "hai", "năm", "rưỡi", "k", "M", "bn", "tr",
        "元", "美元", "人民币", "港元", "新台幣", "块", "毛", "角", "分", "đồng", "đ", "USD", "$", "US$", "¥", "￥", "€", "＄",
        "约", "超过", "近", "多", "余", "至少", "khoảng", "hơn", "gần", "每年", "mỗi năm", "/tháng", "左右",
        "-", "~", "至", "到", "từ", "đến", "、", "和", "và", ",", "，", ".", "。", "%", "％", "(", "）", "“", "”",
        " ", "  ", "\n", "\u00A0", "\u3000", "\t",
        "公司", "营收", "亏损", "投资", "据", "报道", "称", "OpenAI", "doanh thu", "lỗ", "theo", "cho biết",
        "①", "⑴", "㍱", "Ⅻ", "ｆｉ", "ﬁ", "㈱", "〜", "\u0301", "\u0323", "e\u0302\u0301", "\uD83D\uDCB0", "\uD800", "\uDC00",
        "\u200B", "\uFEFF", "\u0000", "\uE000", "\uFFFD",
    };

    private TestTexts() {
    }

    /** Every file of the news sample that the reader reads, read as ingest reads it (once per test run). */
    public static List<Article> newsSample() {
        return Sample.ARTICLES;
    }

    private static final class Sample {
        static final List<Article> ARTICLES = read();

        private static List<Article> read() {
            List<Article> out = new ArrayList<>();
            for (Path p : IngestJob.listFiles(List.of(NEWS_SAMPLE), new ArrayList<>())) {
                try {
                    out.add(STAGES.reader().read(p));
                } catch (IngestException e) {
                    // not news: the ingest tests cover what is refused
                }
            }
            if (out.size() < 500) {
                throw new IllegalStateException("the news sample beside the repository has " + out.size() + " readable files");
            }
            return List.copyOf(out);
        }
    }

    /** A string of up to {@code maxPieces} pieces, now and then any character at all. */
    public static String random(Random random, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(maxPieces);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(10) == 0) {
                sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sb.toString();
    }
}
