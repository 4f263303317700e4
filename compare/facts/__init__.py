"""Facts read from each statement: names, quantities, dates, attribution, certainty, negation, framing; and the word lists they use."""
