package org.citizendialogue.search;

import java.util.List;

/**
 * One page of a search and how many published texts match in all (a hit in a programme that
 * is no longer public is left out of the page, so a page can be a little shorter).
 */
public record SearchResults(List<SearchHit> hits, int total) {}
