package org.zjcs.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;

/**
 * What LayoutBrowserIT and ScreenshotsIT share (issue 20): the window at an exact viewport width, the language, the
 * roles' main pages, and the measures a user would notice (sideways scrolling, a header on two rows, a table wider
 * than its panel, a header word split over two lines).
 */
final class Layouts {

    static final int LAPTOP = 1366;
    static final int PHONE = 390;
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Public pages: everyone can read them (the notice with approval-case lines and a correction, the proof page). */
    static final Map<String, String> PUBLIC = pages(
            "index", "/index.xhtml",
            "notices", "/notices.xhtml",
            "notice", "/notice.xhtml?id=8003",
            "catalog", "/catalog.xhtml",
            "firms", "/firms.xhtml",
            "firm-profile", "/firm-profile.xhtml?id=1001",
            "credit", "/credit.xhtml",
            "firm-credit", "/firm-credit.xhtml?id=1002",
            "credit-rules", "/credit-rules.xhtml",
            "verify", "/verify.xhtml?notice=8012",
            "login", "/login.xhtml",
            "register-firm", "/register/firm.xhtml",
            "register-owner", "/register/owner.xhtml");

    /**
     * The firm's bidding pages, as firm06 (README): the open notice with its sealed enrolment receipt, the finished
     * chain's contract and deliverables, and its account pages.
     */
    static final Map<String, String> FIRM_BIDDING = pages(
            "workspace", "/firm/index.xhtml",
            "notice-receipt", "/notice.xhtml?id=8002",
            "contract", "/account/contract.xhtml?id=8012",
            "deliverables", "/account/deliverables.xhtml?id=8012",
            "qualifications", "/firm/qualifications.xhtml",
            "credit", "/firm/credit.xhtml",
            "evaluations", "/firm/evaluations.xhtml",
            "notifications", "/account/notifications.xhtml");

    /** The main pages of each role (user name → page name → path). */
    static final Map<String, Map<String, String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("firm01", pages(
                "workspace", "/firm/index.xhtml",
                "qualifications", "/firm/qualifications.xhtml",
                "profile", "/firm/profile.xhtml",
                "notice", "/notice.xhtml?id=8002",
                "contract", "/account/contract.xhtml?id=8014",
                "deliverables", "/account/deliverables.xhtml?id=8014",
                "credit", "/firm/credit.xhtml",
                "notifications", "/account/notifications.xhtml"));
        ROLES.put("owner01", pages(
                "workspace", "/owner/index.xhtml",
                "cases", "/owner/cases.xhtml",
                "notices", "/owner/notices.xhtml",
                "selection", "/owner/selection.xhtml?id=8015",
                "contract", "/account/contract.xhtml?id=8012",
                "deliverables", "/account/deliverables.xhtml?id=8013",
                "evaluations", "/owner/evaluations.xhtml",
                "members", "/account/members.xhtml"));
        ROLES.put("approver01", pages(
                "workspace", "/approval/index.xhtml",
                "cases", "/approval/cases.xhtml",
                "timeline", "/approval/timeline.xhtml?q=XCSP-2026-000968",
                "deliverables", "/account/deliverables.xhtml?id=8013"));
        ROLES.put("regulator01", pages(
                "workspace", "/regulator/index.xhtml",
                "catalog", "/regulator/catalog.xhtml",
                "credit-lists", "/regulator/credit-lists.xhtml",
                "credit-repairs", "/regulator/credit-repairs.xhtml",
                "appeals", "/regulator/appeals.xhtml",
                "firm-credit", "/regulator/firm-credit.xhtml?id=1005",
                "credit-rules", "/regulator/credit-rules.xhtml"));
        ROLES.put("operator01", pages(
                "workspace", "/operator/index.xhtml",
                "reviews", "/operator/reviews.xhtml",
                "owner-reviews", "/operator/owner-reviews.xhtml",
                "licence-changes", "/operator/licence-changes.xhtml",
                "qualification-reviews", "/operator/qualification-reviews.xhtml",
                "firms", "/operator/firms.xhtml",
                "api-keys", "/operator/api-keys.xhtml",
                "audit", "/operator/audit.xhtml",
                "settings", "/operator/settings.xhtml",
                "calendar", "/operator/calendar.xhtml"));
    }

    private Layouts() {
    }

    private static Map<String, String> pages(String... nameAndPath) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPath.length; i += 2) {
            pages.put(nameAndPath[i], nameAndPath[i + 1]);
        }
        return pages;
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static long number(WebDriver driver, String script, Object... args) {
        return ((Number) js(driver, script, args)).longValue();
    }

    /**
     * Sizes the window so that the page's viewport (window.innerWidth) is exactly {@code width} pixels wide. A resize
     * takes effect a moment later: wait for it before correcting by the window's frame (none in headless Chromium).
     */
    static void viewport(WebDriver driver, int width, int height) {
        int outer = width;
        for (int attempt = 0; attempt < 3; attempt++) {
            driver.manage().window().setSize(new Dimension(outer, height));
            long inner = -1;
            long until = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < until) {
                inner = number(driver, "return window.innerWidth;");
                if (inner == width) {
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            outer = Math.max(200, outer + (int) (width - inner));
        }
        throw new AssertionError("could not make the viewport " + width + " px wide");
    }

    /** Logs out (forgets the session) and, unless {@code user} is null, logs in as that user. */
    static void as(WebDriver driver, String user) {
        driver.get(It.baseUrl() + "/index.xhtml");
        driver.manage().deleteAllCookies();
        if (user != null) {
            Browser.login(driver, user, It.DEMO_PASSWORD);
        }
    }

    /** Chooses the language for the session, as the header's switch does. */
    static void language(WebDriver driver, String lang) {
        driver.get(It.baseUrl() + "/index.xhtml?lang=" + lang);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", lang));
    }

    /** Opens a page and waits until it is loaded (the footer is there). */
    static void open(WebDriver driver, String path) {
        driver.get(It.baseUrl() + path);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.zj-footer")));
    }

    /** How far the document is wider than the window (0 or less: no sideways scrolling). */
    static long sidewaysOverflow(WebDriver driver) {
        return number(driver, "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    /** Tables wider than the panel around them (the user would scroll inside the table), as "id: excess px". */
    @SuppressWarnings("unchecked")
    static List<String> tablesWiderThanTheirPanel(WebDriver driver) {
        return (List<String>) js(driver, """
                const out = [];
                for (const t of document.querySelectorAll('main table')) {
                  const box = t.closest('.zj-panel, .zj-section, main');
                  const tr = t.getBoundingClientRect(), br = box.getBoundingClientRect();
                  if (tr.width > 0 && tr.right > br.right + 1) {
                    out.push((t.id || t.closest('[id]').id) + ': ' + Math.round(tr.right - br.right));
                  }
                }
                return out;""");
    }

    /** Words of visible table headers that are split over two lines ("Start dat/e"). */
    @SuppressWarnings("unchecked")
    static List<String> headerWordsSplit(WebDriver driver) {
        return (List<String>) js(driver, """
                const out = [];
                for (const th of document.querySelectorAll('main th')) {
                  if (!th.getClientRects().length) continue;
                  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
                  while (walker.nextNode()) {
                    const node = walker.currentNode, text = node.textContent;
                    const re = /\\S+/g; let m;
                    while ((m = re.exec(text))) {
                      const range = document.createRange();
                      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                      const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                      if (tops.size > 1) out.push(m[0]);
                    }
                  }
                }
                return out;""");
    }

    /** The number of lines the text inside {@code element} takes (line boxes of its text nodes, not of its boxes). */
    static final String LINES = """
            const bottoms = [];
            const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              if (!walker.currentNode.textContent.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(walker.currentNode);
              for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) bottoms.push(r.bottom);
            }
            const lines = [];
            for (const b of bottoms.sort((x, y) => x - y)) {
              if (!lines.length || b - lines[lines.length - 1] > 4) lines.push(b);
            }
            return lines.length;""";
}
