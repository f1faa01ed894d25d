package org.newsclaims.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsclaims.normalize.TextNormalizer;

/**
 * Where a reprint reads the claims of its canonical article differently. The two articles' claims
 * are aligned by their amounts in order, as {@link AnchorAlignment} aligns articles; claims left
 * between the same two aligned amounts on both sides are the same claim with its figure or its
 * currency changed when they agree on the metric and on the other of the two, else one is dropped
 * and the other added. Aligned
 * claims are compared field by field. Across Chinese and Vietnamese, names cannot be compared, so a
 * source that changed is not reported there, only one that was dropped.
 */
public final class ClaimVariants {

    private ClaimVariants() {
    }

    /** The variants of {@code member} (claims of the article at {@code memberPath}) against {@code canonical}, in the canonical's order. */
    public static List<Variant> compare(List<ClaimReading> canonical, List<ClaimReading> member, String memberPath) {
        List<ClaimReading> a = figures(canonical);
        List<ClaimReading> b = figures(member);
        AnchorAlignment al = AnchorAlignment.align(a.stream().map(ClaimReading::anchor).toList(),
                b.stream().map(ClaimReading::anchor).toList());
        List<Variant> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AnchorAlignment.Pair p : al.pairs()) {
            gap(a.subList(i, p.a()), b.subList(j, p.b()), memberPath, out);
            fields(a.get(p.a()), b.get(p.b()), memberPath, out);
            i = p.a() + 1;
            j = p.b() + 1;
        }
        gap(a.subList(i, a.size()), b.subList(j, b.size()), memberPath, out);
        return out;
    }

    /** Claims with a definite amount (vague ones, 数十亿美元, are no figure to compare), in text order. */
    private static List<ClaimReading> figures(List<ClaimReading> claims) {
        return claims.stream().filter(c -> c.value() != null || (c.low() != null && c.high() != null))
                .sorted(Comparator.comparingInt(ClaimReading::start)).toList();
    }

    /** Claims between the same two aligned amounts: changed in place where they agree on the metric and on currency or amount. */
    private static void gap(List<ClaimReading> a, List<ClaimReading> b, String memberPath, List<Variant> out) {
        int k = 0;
        while (k < a.size() && k < b.size() && Objects.equals(a.get(k).writtenMetric(), b.get(k).writtenMetric())
                && (Objects.equals(a.get(k).currency(), b.get(k).currency()) || a.get(k).amount().equals(b.get(k).amount()))) {
            ClaimReading x = a.get(k);
            ClaimReading y = b.get(k);
            if (!Objects.equals(x.amount(), y.amount())) {
                out.add(new Variant(ChangeKind.VALUE_CHANGED, memberPath, x, y, x.amount(), y.amount(), null));
            }
            fields(x, y, memberPath, out);
            k++;
        }
        for (ClaimReading x : a.subList(k, a.size())) {
            out.add(new Variant(ChangeKind.CLAIM_DROPPED, memberPath, x, null, x.mention(), null, null));
        }
        for (ClaimReading y : b.subList(k, b.size())) {
            out.add(new Variant(ChangeKind.CLAIM_ADDED, memberPath, null, y, null, y.mention(), null));
        }
    }

    /** What differs between two readings of one claim, beyond its value. */
    private static void fields(ClaimReading x, ClaimReading y, String memberPath, List<Variant> out) {
        if (x.currency() != null && y.currency() != null && !x.anchor().sameAs(new Anchor("$" + y.currency() + ":" + x.amount(), 1))) {
            out.add(new Variant(ChangeKind.CURRENCY_CHANGED, memberPath, x, y, x.currency(), y.currency(), null));
        }
        String xm = x.writtenMetric();
        String ym = y.writtenMetric();
        if (xm != null && ym != null && !xm.equals(ym)) {
            out.add(new Variant(ChangeKind.METRIC_CHANGED, memberPath, x, y, xm, ym, spinNote(x, y)));
        }
        if (x.hedged() != y.hedged()) {
            out.add(new Variant(x.hedged() ? ChangeKind.HEDGE_DROPPED : ChangeKind.HEDGE_ADDED, memberPath, x, y,
                    hedge(x), hedge(y), null));
        }
        if (x.source() != null && y.source() == null) {
            out.add(new Variant(ChangeKind.SOURCE_DROPPED, memberPath, x, y, x.source(), null, null));
        } else if (x.source() != null && x.chinese() == y.chinese() && !sameSource(x.source(), y.source())) {
            out.add(new Variant(ChangeKind.SOURCE_CHANGED, memberPath, x, y, x.source(), y.source(), null));
        }
        // the same words ("quý I", 今年) name other years in articles of other dates: only other words are a change
        if (x.year() != null && y.year() != null && !x.year().equals(y.year()) && !sameWords(x.time(), y.time())) {
            out.add(new Variant(ChangeKind.TIME_CHANGED, memberPath, x, y, String.valueOf(x.year()), String.valueOf(y.year()), null));
        }
    }

    /** One names the other: 国家统计局局长宁吉喆 is 国家统计局局长宁吉喆17日在新闻发布会上's source. */
    private static boolean sameSource(String a, String b) {
        String ka = TextNormalizer.matchKey(a);
        String kb = TextNormalizer.matchKey(b);
        return ka.contains(kb) || kb.contains(ka);
    }

    private static boolean sameWords(String a, String b) {
        return a == null ? b == null : b != null && TextNormalizer.matchKey(a).equals(TextNormalizer.matchKey(b));
    }

    private static String hedge(ClaimReading c) {
        return c.hedged() ? "hedged" : "not hedged";
    }

    /** Which side writes its metric through a spinner's swap, and what the swapped word stood for. */
    private static String spinNote(ClaimReading x, ClaimReading y) {
        ClaimReading spun = x.spin() != null ? x : y.spin() != null ? y : null;
        if (spun == null) {
            return null;
        }
        return (spun == x ? "the canonical" : "the member") + " writes " + spun.spin().written() + " (" + spun.spin().writtenMetric()
                + ") where the spun text stands for " + spun.spin().meant() + " (" + spun.spin().meantMetric() + ")";
    }
}
