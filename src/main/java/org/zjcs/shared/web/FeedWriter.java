package org.zjcs.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a public feed as Atom 1.0 (RFC 4287) or RSS 2.0 from one description, for every context that publishes a
 * list (portal: notices, results, credit 公示; supervision: 通报). Links must be absolute. Entry ids are stable
 * {@code tag:} URIs (RFC 4151) made by {@link #tag}: they name the record, not the address the reader used, so a feed
 * reader never sees an entry twice when the site is reached under another host name.
 *
 * <p>Text is escaped for XML; characters XML 1.0 does not allow (control characters, unpaired surrogates, U+FFFE,
 * U+FFFF) are left out, so a hostile title can neither break the document nor add markup.
 */
public final class FeedWriter {

    /** The authority and date of every tag: URI of this application (RFC 4151: authorityName "," date). */
    public static final String TAG_AUTHORITY = "zjcs.org.cn,2026";

    /** The feed as a whole. {@code updated}: the newest entry's time (the feed's id and links never change). */
    public record Head(String id, String title, String alternate, String self, String subtitle, String language,
                       String author, Instant updated) {
    }

    /** One entry: a stable tag: id, a title, the page it links to, a plain-text summary, when it was published. */
    public record Entry(String id, String title, String link, String summary, Instant published) {
    }

    private FeedWriter() {
    }

    /** The absolute address of the application as the reader reached it (scheme, host, port, context path). */
    public static String site(jakarta.servlet.http.HttpServletRequest req) {
        StringBuilder b = new StringBuilder(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
        if (!defaultPort) {
            b.append(':').append(port);
        }
        return b.append(req.getContextPath()).toString();
    }

    /** A stable entry or feed id: {@code tag:zjcs.org.cn,2026:<kind>/<key>}. */
    public static String tag(String kind, Object... keys) {
        StringBuilder b = new StringBuilder("tag:").append(TAG_AUTHORITY).append(':').append(kind);
        for (Object k : keys) {
            b.append('/').append(k);
        }
        return b.toString();
    }

    /** Writes an Atom 1.0 feed. */
    public static void atom(Writer out, Head head, List<Entry> entries) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + escape(head.language()) + "\">\n");
        out.write("<id>" + escape(head.id()) + "</id>\n");
        out.write("<title>" + escape(head.title()) + "</title>\n");
        if (head.subtitle() != null) {
            out.write("<subtitle>" + escape(head.subtitle()) + "</subtitle>\n");
        }
        out.write("<updated>" + atomDate(head.updated() == null ? Instant.EPOCH : head.updated()) + "</updated>\n");
        out.write("<link rel=\"alternate\" type=\"text/html\" href=\"" + escape(head.alternate()) + "\"/>\n");
        out.write("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape(head.self()) + "\"/>\n");
        out.write("<author><name>" + escape(head.author()) + "</name></author>\n");
        for (Entry e : entries) {
            String at = atomDate(e.published() == null ? Instant.EPOCH : e.published());
            out.write("<entry>\n<id>" + escape(e.id()) + "</id>\n");
            out.write("<title type=\"text\">" + escape(e.title()) + "</title>\n");
            out.write("<link rel=\"alternate\" type=\"text/html\" href=\"" + escape(e.link()) + "\"/>\n");
            out.write("<published>" + at + "</published>\n<updated>" + at + "</updated>\n");
            out.write("<summary type=\"text\">" + escape(e.summary()) + "</summary>\n</entry>\n");
        }
        out.write("</feed>\n");
        out.flush();
    }

    /**
     * What an RSS item's {@code guid} is: the entry's tag: id ({@code isPermaLink="false"}), or its link ({@code
     * isPermaLink="true"}: the notice and result feeds, whose readers have known their items by the notice's page since
     * those feeds began; another guid would show every item again as new).
     */
    public enum RssGuid { ID, LINK }

    /** Writes an RSS 2.0 channel whose guids are the entries' tag: ids. */
    public static void rss(Writer out, Head head, List<Entry> entries) throws IOException {
        rss(out, head, entries, RssGuid.ID);
    }

    /** Writes an RSS 2.0 channel (with an atom:link to itself, as RSS readers and validators expect). */
    public static void rss(Writer out, Head head, List<Entry> entries, RssGuid guid) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        out.write("<title>" + escape(head.title()) + "</title>\n");
        out.write("<link>" + escape(head.alternate()) + "</link>\n");
        out.write("<atom:link href=\"" + escape(head.self()) + "\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        out.write("<description>" + escape(head.subtitle() == null ? head.title() : head.subtitle()) + "</description>\n");
        out.write("<language>" + escape(head.language()) + "</language>\n");
        if (head.updated() != null) {
            out.write("<lastBuildDate>" + rssDate(head.updated()) + "</lastBuildDate>\n");
        }
        for (Entry e : entries) {
            out.write("<item>\n<title>" + escape(e.title()) + "</title>\n");
            out.write("<link>" + escape(e.link()) + "</link>\n");
            out.write(guid == RssGuid.LINK ? "<guid isPermaLink=\"true\">" + escape(e.link()) + "</guid>\n"
                    : "<guid isPermaLink=\"false\">" + escape(e.id()) + "</guid>\n");
            out.write("<description>" + escape(e.summary()) + "</description>\n");
            if (e.published() != null) {
                out.write("<pubDate>" + rssDate(e.published()) + "</pubDate>\n");
            }
            out.write("</item>\n");
        }
        out.write("</channel>\n</rss>\n");
        out.flush();
    }

    /** RFC 3339 in UTC, whole seconds. */
    static String atomDate(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static String rssDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    /** XML text and attribute escaping; characters XML 1.0 does not allow are left out. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                    } else if ((c >= 0x20 && !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF)
                            || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
