package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublicPageCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private static byte[] page(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageRenderedWithinTheIntervalIsServedAgainThenRenderedAfresh() {
        PublicPageCache cache = new PublicPageCache(1000, 10, now::get);
        String key = PublicPageCache.key("zh", "/notices.xhtml", "item=3");
        assertNull(cache.fresh(key), "nothing kept yet");
        cache.keep(key, page("<html>第一页</html>"), "text/html;charset=UTF-8", "zh-CN", "\"e1\"");
        now.addAndGet(999);
        PublicPageCache.Page p = cache.fresh(key);
        assertNotNull(p, "still fresh 999 ms later");
        assertArrayEquals(page("<html>第一页</html>"), p.body());
        assertEquals("text/html;charset=UTF-8", p.contentType());
        assertEquals("\"e1\"", p.etag());
        now.addAndGet(1);
        assertNull(cache.fresh(key), "a page as old as the interval is rendered again");
        assertEquals(0, cache.size(), "and the stale one is dropped");
    }

    @Test
    void languageAndQueryAreDifferentPages() {
        PublicPageCache cache = new PublicPageCache(1000, 10, now::get);
        cache.keep(PublicPageCache.key("zh", "/notices.xhtml", null), page("中文"), "text/html", "zh-CN", "\"a\"");
        assertNull(cache.fresh(PublicPageCache.key("en", "/notices.xhtml", null)), "the English page is another page");
        assertNull(cache.fresh(PublicPageCache.key("zh", "/notices.xhtml", "after=abc")), "another cursor is another page");
        assertNull(cache.fresh(PublicPageCache.key("zh", "/notice.xhtml", null)), "another path is another page");
        assertNotNull(cache.fresh(PublicPageCache.key("zh", "/notices.xhtml", null)));
    }

    @Test
    void boundedLeastRecentlyUsedFirst() {
        PublicPageCache cache = new PublicPageCache(60_000, 2, now::get);
        cache.keep("a", page("a"), "text/html", null, "\"a\"");
        cache.keep("b", page("b"), "text/html", null, "\"b\"");
        assertNotNull(cache.fresh("a"), "a read: b is now the least recently used");
        cache.keep("c", page("c"), "text/html", null, "\"c\"");
        assertEquals(2, cache.size());
        assertNull(cache.fresh("b"), "b dropped");
        assertNotNull(cache.fresh("a"));
        assertNotNull(cache.fresh("c"));
    }

    @Test
    void switchedOffWithZeroAndBigPagesAreNotKept() {
        PublicPageCache off = new PublicPageCache(0, 10, now::get);
        assertFalse(off.enabled());
        off.keep("a", page("a"), "text/html", null, "\"a\"");
        assertNull(off.fresh("a"), "a ttl of 0 keeps nothing");

        PublicPageCache cache = new PublicPageCache(1000, 10, now::get);
        cache.keep("big", new byte[PublicPageCache.MAX_BODY + 1], "text/html", null, "\"big\"");
        assertNull(cache.fresh("big"), "a page over the size bound is not kept");
    }
}
