package org.newsclaims.cli;

import java.math.BigDecimal;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.QueryException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The filters of a claims query, shared by {@code claims} and {@code export}. */
final class ClaimFilterOptions {

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words that the claim's sentence must contain.")
    String query;

    @Option(names = "--subject", paramLabel = "S", description = "Whose money: OpenAI, 英伟达, ...")
    String subject;

    @Option(names = "--metric", paramLabel = "M", description = "One of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Metrics.class)
    String metric;

    @Option(names = "--source", paramLabel = "S", description = "Who the claim is attributed to.")
    String source;

    @Option(names = "--currency", paramLabel = "C", description = "ISO 4217 code: USD, CNY, VND, ...")
    String currency;

    @Option(names = "--min", paramLabel = "N", description = "Amount at least N (in the claim's currency, or USD with --usd).")
    String min;

    @Option(names = "--max", paramLabel = "N", description = "Amount at most N.")
    String max;

    @Option(names = "--usd", description = "Compare --min/--max in US dollars; only claims with a known USD value.")
    boolean usd;

    @Option(names = "--lang", paramLabel = "L", description = "zh, zh-Hans, zh-Hant or vi.")
    String lang;

    @Option(names = "--year", paramLabel = "Y", description = "Claims about year Y.")
    Integer year;

    @Option(names = "--hedged", description = "Only hedged claims (may, estimated, có thể, 或许 ...).")
    boolean hedged;

    static final class Metrics implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.TreeSet<>(ClaimSearch.METRICS).iterator();
        }
    }

    ClaimFilter filter() throws QueryException {
        if (year != null && (year < 1 || year > 9999)) {
            throw new QueryException("--year must be between 1 and 9999, not " + year);
        }
        return new ClaimFilter(query, subject, metric, source, currency, number("--min", min), number("--max", max), usd,
                lang, year, hedged);
    }

    private static BigDecimal number(String option, String value) throws QueryException {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new QueryException(option + " must be a number, not '" + value + "'", e);
        }
    }
}
