package org.zjcs.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The server-side cleaning of an article's HTML against hostile input: what the editor (or anyone posting the form
 * by hand) sends is reduced to the safe list before it is stored (docs/security.md, "Articles: safe HTML").
 */
class SafeHtmlTest {

    static final BiPredicate<Long, Long> OWN = (article, file) -> article == 26002L && file == 26901L;

    static String clean(String html) {
        return SafeHtml.clean(html, OWN);
    }

    /** No executable markup of any kind left in {@code html} (lower-cased). */
    static void assertInert(String html) {
        String h = html.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "<svg", "<iframe", "<form", "<input", "<object", "<embed", "<style",
            "<math", "javascript:", "data:", "onerror", "onload", "onclick", "onmouseover", "style=", "srcdoc", "<!--"}) {
            assertFalse(h.contains(bad), "'" + bad + "' survived in: " + html);
        }
    }

    @Test
    void theEditorsFormattingIsKept() {
        String html = "<h2>标题</h2><p>第一段 <strong>加粗</strong> <em>斜体</em> <u>下划线</u> <s>删除</s></p>"
                + "<ol><li>一</li><li>二</li></ol><ul><li>三</li></ul><blockquote>引用</blockquote>"
                + "<table><thead><tr><th>材料</th></tr></thead><tbody><tr><td colspan=\"2\">营业执照</td></tr></tbody></table>";
        assertEquals(html, clean(html));
    }

    @Test
    void scriptTagsAndTheirTextAreRemoved() {
        String out = clean("<p>前</p><script>alert(document.cookie)</script><p>后</p>");
        assertInert(out);
        assertFalse(out.contains("alert"), out);
        assertEquals("<p>前</p><p>后</p>", out);
        assertInert(clean("<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>x</p>"));
        assertInert(clean("<p>x</p><scr<script>ipt>alert(1)</scr</script>ipt>"));
    }

    @Test
    void eventAttributesAndStylesAreRemoved() {
        String out = clean("<p onclick=\"alert(1)\" style=\"position:fixed\" class=\"ql-align-center\">文字</p>"
                + "<img src=\"x\" onerror=\"alert(1)\"><b onmouseover=alert(1)>粗</b>");
        assertInert(out);
        assertEquals("<p>文字</p><b>粗</b>", out, "the image with a foreign source is gone too");
    }

    @Test
    void linksKeepOnlyHttpHttpsAndMailtoAndGetNofollow() {
        String out = clean("<p><a href=\"https://www.shaanxi.gov.cn/\" target=\"_blank\">省政府</a>"
                + "<a href=\"mailto:service@example.cn\">邮件</a><a href=\"javascript:alert(1)\">坏</a>"
                + "<a href=\"JaVaScRiPt:alert(1)\">坏2</a><a href=\"java&#x09;script:alert(1)\">坏3</a>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">坏4</a>"
                + "<a href=\"vbscript:msgbox(1)\">坏5</a></p>");
        assertInert(out);
        assertTrue(out.contains("<a href=\"https://www.shaanxi.gov.cn/\" rel=\"nofollow noopener\">省政府</a>"), out);
        assertTrue(out.contains("<a href=\"mailto:service@example.cn\" rel=\"nofollow noopener\">邮件</a>"), out);
        assertFalse(out.contains("target="), "no target attribute");
        assertFalse(out.contains("vbscript"), out);
        assertTrue(out.contains("坏") && out.contains("坏5"), "the text of a refused link stays, without its address");
    }

    @Test
    void svgWithScriptIframesFormsAndObjectsAreRemoved() {
        String out = clean("<svg><script>alert(1)</script><circle onload=alert(1)/></svg>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=p>"
                + "<button>提交</button></form><object data=\"x.swf\"></object><embed src=x><style>p{}</style>"
                + "<math><mtext><script>alert(1)</script></mtext></math><!-- <script>x</script> --><p>留下</p>");
        assertInert(out);
        assertTrue(out.endsWith("<p>留下</p>"), out);
    }

    @Test
    void imagesShowOnlyTheArticlesOwnAttachments() {
        assertEquals("<p><img src=\"/article-files/26002/26901\" alt=\"图\"></p>",
                clean("<p><img src=\"/article-files/26002/26901\" alt=\"图\"></p>"));
        assertEquals("<p><img src=\"/zjcs/article-files/26002/26901\"></p>",
                clean("<p><img src=\"/zjcs/article-files/26002/26901\"></p>"), "under a context path");
        assertEquals("<p>x</p>", clean("<p>x<img src=\"/article-files/26002/26999\"></p>"), "a file not attached to it");
        assertEquals("<p>x</p>", clean("<p>x<img src=\"/article-files/26003/26901\"></p>"), "another article's");
        assertEquals("<p>x</p>", clean("<p>x<img src=\"https://evil.example/t.png\"></p>"), "another site's");
        assertEquals("<p>x</p>", clean("<p>x<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"></p>"));
        assertEquals("<p>x</p>", clean("<p>x<img src=\"javascript:alert(1)\"></p>"));
        assertEquals("<p>x</p>", clean("<p>x<img src=\"/article-files/26002/26901?x=1\"></p>"));
        assertEquals("", SafeHtml.clean("<p><img src=\"/article-files/26002/26901\"></p>", (a, f) -> false), "nothing left");
    }

    @Test
    void malformedAndNestedTagsAreRepairedNotTrusted() {
        String out = clean("<p><b><i>未闭合<p>下一段</b></i><table><tr><td>格<td onclick=x>格2</table>"
                + "<a href=\"https://example.cn\"<script>alert(1)</script>>x</a><p <img src=x onerror=alert(1)>>");
        assertInert(out);
        assertTrue(out.contains("未闭合") && out.contains("下一段") && out.contains("格2"), out);
        assertTrue(clean("<p>" + "<b>".repeat(500) + "深" + "</b>".repeat(500) + "</p>").contains("深"));
    }

    @Test
    void nothingReadableLeftIsEmpty() {
        assertEquals("", clean(null));
        assertEquals("", clean("   "));
        assertEquals("", clean("<p><br></p>"), "the editor's empty document");
        assertEquals("", clean("<script>alert(1)</script>"));
    }

    @Test
    void textDropsTheTags() {
        assertEquals("标题 正文", SafeHtml.text("<h2>标题</h2><p>正文</p>"));
    }
}
