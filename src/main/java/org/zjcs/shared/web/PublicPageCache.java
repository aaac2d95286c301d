package org.zjcs.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A micro-cache of rendered public pages for visitors who are not logged in: the same address in the same language,
 * asked again within {@code ttlMillis}, gets the page rendered the first time instead of a new rendering. When many
 * people read the same list at once (the portal's first page, a notice just before its deadline), the server renders
 * it about once per interval instead of once per visitor. What a visitor sees is at most {@code ttlMillis} old, and
 * each page is one whole rendering (never a mix of before and after a change). A ttl of 0 switches it off.
 *
 * <p>Bounded: at most {@code maxEntries} pages, the least recently used dropped first; only small pages are kept. Per
 * server: several servers each keep their own, which is fine for a bound measured in seconds.
 */
public final class PublicPageCache {

    /** A rendered page and the headers it is answered with. */
    public record Page(byte[] body, String contentType, String contentLanguage, String etag, long renderedAt) {
    }

    /** The largest page kept (bytes). */
    static final int MAX_BODY = 512 * 1024;

    private final long ttlMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<String, Page> pages;

    public PublicPageCache(long ttlMillis, int maxEntries, LongSupplier clockMillis) {
        this.ttlMillis = Math.max(0, ttlMillis);
        this.maxEntries = Math.max(1, maxEntries);
        this.clock = clockMillis;
        this.pages = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
                return size() > PublicPageCache.this.maxEntries;
            }
        };
    }

    public boolean enabled() {
        return ttlMillis > 0;
    }

    /** The key of a page: the language the visitor reads in and the whole address (path and query). */
    public static String key(String language, String path, String query) {
        return (language == null ? "" : language) + '|' + path + (query == null ? "" : "?" + query);
    }

    /** The page rendered for this key less than the ttl ago, or null. */
    public synchronized Page fresh(String key) {
        if (!enabled()) {
            return null;
        }
        Page p = pages.get(key);
        if (p == null) {
            return null;
        }
        if (clock.getAsLong() - p.renderedAt() >= ttlMillis) {
            pages.remove(key);
            return null;
        }
        return p;
    }

    /** Keeps a page just rendered (unless switched off or too big). */
    public synchronized void keep(String key, byte[] body, String contentType, String contentLanguage, String etag) {
        if (!enabled() || body.length > MAX_BODY) {
            return;
        }
        pages.put(key, new Page(body, contentType, contentLanguage, etag, clock.getAsLong()));
    }

    public synchronized int size() {
        return pages.size();
    }
}
