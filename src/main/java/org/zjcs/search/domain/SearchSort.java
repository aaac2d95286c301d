package org.zjcs.search.domain;

/** Order of the hits: best match first (ties: newest first), or newest publication first. */
public enum SearchSort {
    RELEVANCE, DATE
}
