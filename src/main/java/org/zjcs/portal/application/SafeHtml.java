package org.zjcs.portal.application;

import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML the operator's editor sends before an article is stored (docs/security.md, "Articles: safe HTML").
 * Kept: paragraphs, line breaks, headings, lists, bold / italic / underline / strike, quotes, preformatted text, tables,
 * links with http, https or mailto only (each given {@code rel="nofollow noopener"}), and images whose source is one of
 * the article's own attachments ({@code /article-files/{article}/{file}}, optionally under the context path).
 * Everything else is removed: scripts and their text, {@code on*} event attributes, {@code style}, {@code class},
 * {@code javascript:} and {@code data:} URLs, iframes, forms, SVG and MathML, comments. The cleaned HTML is what the
 * public page renders as is.
 */
public final class SafeHtml {

    /** An image source the cleaner keeps: one of our attachment URLs (group 1: article id, group 2: file id). */
    static final Pattern OWN_IMAGE = Pattern.compile("(?:/[A-Za-z0-9._-]{1,64})?/article-files/([0-9]{1,18})/([0-9]{1,18})");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "b", "em", "i", "u", "s",
                    "sub", "sup", "blockquote", "pre", "code", "a", "img", "table", "caption", "thead", "tbody", "tfoot",
                    "tr", "th", "td", "hr")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start");

    private SafeHtml() {
    }

    /**
     * The safe version of {@code html}; "" when nothing readable is left (no text and no image).
     *
     * @param ownImage whether (article id, file id) of an image source is an attachment of the article being saved
     */
    public static String clean(String html, BiPredicate<Long, Long> ownImage) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element img : clean.select("img")) {
            Matcher m = OWN_IMAGE.matcher(img.attr("src"));
            if (!m.matches() || !ownImage.test(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                img.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        if (clean.body().text().isBlank() && clean.select("img").isEmpty()) {
            return "";
        }
        return clean.body().html();
    }

    /** The text of (clean) HTML, without tags: for summaries, feeds and descriptions. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text();
    }
}
