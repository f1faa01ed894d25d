package org.newsclaims.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsclaims.dedup.ClaimReading;
import org.newsclaims.dedup.Variant;
import org.newsclaims.export.Column.Type;

/** One claim variant: a canonical claim (none for claim_added), a member of its cluster, and how that member changed it. */
public record VariantRow(String clusterId, String canonicalPath, Variant variant) {

    public static final List<Column<VariantRow>> COLUMNS = List.of(
            Column.of("cluster_id", Type.STRING, "Reprint cluster: the doc_id of its canonical article.", VariantRow::clusterId),
            Column.of("canonical_path", Type.STRING, "The canonical article's file.", VariantRow::canonicalPath),
            Column.of("member_path", Type.STRING, "The member's file.", r -> r.variant().memberPath()),
            Column.of("member_lang", Type.STRING, "The member's language tag.", r -> side(r, false, ClaimReading::language)),
            Column.of("kind", Type.STRING, "value_changed, currency_changed, metric_changed, hedge_dropped, hedge_added, "
                    + "source_dropped, source_changed, time_changed, claim_dropped or claim_added.", r -> r.variant().kind().label()),
            Column.of("from", Type.STRING, "What the canonical says (the amount, currency, metric as written, hedge, source or "
                    + "year; the mention for claim_dropped).", r -> r.variant().from()),
            Column.of("to", Type.STRING, "What the member says instead (the mention for claim_added).", r -> r.variant().to()),
            Column.of("note", Type.STRING, "What more is known: a metric read through a spinner's swap (盈余 for 亏损).",
                    r -> r.variant().note()),
            Column.of("canonical_doc_id", Type.STRING, "The canonical article's doc_id.", r -> side(r, true, ClaimReading::docId)),
            Column.of("canonical_mention", Type.STRING, "The canonical's amount as written.", r -> side(r, true, ClaimReading::mention)),
            Column.of("canonical_start", Type.INT, "Its offset in the canonical's text.", r -> side(r, true, ClaimReading::start)),
            Column.of("canonical_sentence", Type.STRING, "The canonical's sentence.", r -> side(r, true, ClaimReading::sentence)),
            Column.of("member_doc_id", Type.STRING, "The member's doc_id.", r -> side(r, false, ClaimReading::docId)),
            Column.of("member_mention", Type.STRING, "The member's amount as written.", r -> side(r, false, ClaimReading::mention)),
            Column.of("member_start", Type.INT, "Its offset in the member's text.", r -> side(r, false, ClaimReading::start)),
            Column.of("member_sentence", Type.STRING, "The member's sentence.", r -> side(r, false, ClaimReading::sentence)));

    private static Object side(VariantRow r, boolean canonical, Function<ClaimReading, Object> field) {
        ClaimReading c = canonical ? r.variant().canonical() : r.variant().member();
        return c == null ? null : field.apply(c);
    }

    static Map<String, Function<VariantRow, Object>> countedBy() {
        Map<String, Function<VariantRow, Object>> m = new LinkedHashMap<>();
        m.put("kind", r -> r.variant().kind().label());
        m.put("member_lang", r -> side(r, false, ClaimReading::language));
        return m;
    }
}
