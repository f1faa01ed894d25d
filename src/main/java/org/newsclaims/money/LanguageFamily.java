package org.newsclaims.money;

import java.math.BigDecimal;

/**
 * What money recognition reads one language family ({@code zh} or {@code vi}) with: its lexicon, its
 * numeral grammar, and how large a currency-less amount must be for the article's currency to be inferred.
 */
record LanguageFamily(Lexicon lexicon, NumeralGrammar grammar, BigDecimal inferenceFloor) {
}
