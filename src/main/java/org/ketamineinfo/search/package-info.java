/**
 * Site search: a Lucene index built with each content snapshot (and swapped in with it), queried per
 * request by {@link org.ketamineinfo.search.SearchController}. Queries are built from words, never
 * parsed as query syntax, so nothing a reader types can make a search fail.
 */
@NullMarked
package org.ketamineinfo.search;

import org.jspecify.annotations.NullMarked;
