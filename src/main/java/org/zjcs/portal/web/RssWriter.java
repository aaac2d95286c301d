package org.zjcs.portal.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes an RSS 2.0 channel: the channel's head, its items, the end. Links must be absolute. */
final class RssWriter {

    private final Writer out;

    RssWriter(Writer out) {
        this.out = out;
    }

    static String date(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(ZoneOffset.UTC));
    }

    void start(String title, String link, String selfLink, String description, String language, Instant lastBuild)
            throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
        out.write("<title>" + Xml.escape(title) + "</title>\n");
        out.write("<link>" + Xml.escape(link) + "</link>\n");
        out.write("<atom:link href=\"" + Xml.escape(selfLink) + "\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        out.write("<description>" + Xml.escape(description) + "</description>\n");
        out.write("<language>" + Xml.escape(language) + "</language>\n");
        if (lastBuild != null) {
            out.write("<lastBuildDate>" + date(lastBuild) + "</lastBuildDate>\n");
        }
    }

    void item(String title, String link, String description, Instant published) throws IOException {
        out.write("<item>\n<title>" + Xml.escape(title) + "</title>\n");
        out.write("<link>" + Xml.escape(link) + "</link>\n");
        out.write("<guid isPermaLink=\"true\">" + Xml.escape(link) + "</guid>\n");
        out.write("<description>" + Xml.escape(description) + "</description>\n");
        if (published != null) {
            out.write("<pubDate>" + date(published) + "</pubDate>\n");
        }
        out.write("</item>\n");
    }

    void end() throws IOException {
        out.write("</channel>\n</rss>\n");
        out.flush();
    }
}
