package org.ketamineinfo.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search found, and what to tell the reader about it.
 *
 * @param query the query as searched: trimmed, and cut to {@link SearchIndex#MAX_QUERY_LENGTH}
 * @param shortened the query was longer than that and was cut
 * @param correctedQuery the query with misspelled words replaced, when that is what was searched
 * @param definition the glossary entry the query names, shown above the pages found
 */
public record SearchResults(String query, boolean shortened, @Nullable String correctedQuery, Outcome outcome,
        @Nullable SearchHit definition, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public enum Outcome {
        /** Nothing was typed: the page shows the form and a hint. */
        EMPTY,
        /** Only punctuation, or only words too common to search for (such as "the"). */
        NO_WORDS,
        /** No page has any of the words. */
        NONE,
        /** Every hit has all the words. */
        ALL_WORDS,
        /** No page had all the words; these have some. */
        SOME_WORDS
    }
}
