package org.newsclaims.query;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What one parsed query may ask for before it runs: at most Lucene's clause count in terms, and at most
 * {@link #MAX_EXPANDING_TERMS} fuzzy, wildcard, prefix, regular-expression or range terms. Each of those
 * is matched against the whole term dictionary (a fuzzy term then keeps its 50 best expansions), which is
 * what makes a query costly: 500 fuzzy terms took 18 s on the news sample.
 */
final class QueryLimits {

    static final int MAX_EXPANDING_TERMS = 10;

    private QueryLimits() {
    }

    static Query check(Query query) throws QueryException {
        int[] terms = {0};
        Set<String> expanding = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... t) {
                terms[0] += t.length;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                terms[0]++;
                expanding.add(q.toString(field)); // the same term searched in several fields counts once
            }

            @Override
            public void visitLeaf(Query q) {
                terms[0]++;
            }
        });
        if (terms[0] > IndexSearcher.getMaxClauseCount()) {
            throw new QueryException("the query is too large: " + terms[0] + " terms in all its fields, at most "
                    + IndexSearcher.getMaxClauseCount());
        }
        if (expanding.size() > MAX_EXPANDING_TERMS) {
            throw new QueryException("the query has " + expanding.size() + " fuzzy, wildcard or range terms, at most "
                    + MAX_EXPANDING_TERMS);
        }
        return query;
    }
}
