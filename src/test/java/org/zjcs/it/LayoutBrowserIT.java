package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.Layouts.LANGUAGES;
import static org.zjcs.it.Layouts.LAPTOP;
import static org.zjcs.it.Layouts.PHONE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Texts;

/**
 * Issue 20, layout on laptops (1366 px) and phones (390 px), in both languages: the header is one row on a laptop
 * whoever is logged in; on a phone a menu button opens and closes the navigation; no page of the public, of the firm's
 * bidding or of each role's work scrolls sideways; tables give names and reasons room and keep times, dates and ids
 * on one line; English table headers never split a word.
 */
class LayoutBrowserIT {

    private static final List<String> USERS = Arrays.asList(null, "firm01", "owner01", "approver01", "regulator01", "operator01");

    private WebDriver driver;

    @BeforeEach
    void open() {
        driver = Browser.start();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private boolean shown(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** The vertical middle of every visible header item lies within the brand's height: one row. */
    @Test
    void theHeaderIsOneRowAt1366LoggedOutAndForEveryRoleInBothLanguages() {
        Layouts.viewport(driver, LAPTOP, 900);
        for (String user : USERS) {
            Layouts.as(driver, user);
            for (String lang : LANGUAGES) {
                Layouts.language(driver, lang);
                String where = (user == null ? "logged out" : user) + ", " + lang;
                assertFalse(shown("menu-toggle"), "no menu button at 1366 px: " + where);
                if (user != null) {
                    assertTrue(shown("nav-workspace"), "the workspace link is in the header: " + where);
                    assertTrue(shown("logoutForm:logout"), "log out is in the header: " + where);
                }
                @SuppressWarnings("unchecked")
                List<String> offRow = (List<String>) Layouts.js(driver, """
                        const brand = document.getElementById('brand').getBoundingClientRect();
                        const items = document.querySelectorAll('.zj-nav a, .zj-lang a, #nav-notifications, #nav-register,'
                            + ' #nav-login, #current-user, [id="logoutForm:logout"]');
                        const out = [];
                        for (const e of items) {
                          const r = e.getBoundingClientRect();
                          if (!r.width) continue;
                          const middle = (r.top + r.bottom) / 2;
                          if (middle < brand.top || middle > brand.bottom) out.push((e.id || e.textContent.trim()) + ' at ' + Math.round(r.top));
                        }
                        return out;""");
                assertEquals(List.of(), offRow, "header items off the brand's row: " + where);
                long height = Layouts.number(driver, "return document.querySelector('.zj-header').getBoundingClientRect().height;");
                assertTrue(height < 90, "the header is one row (" + height + " px high): " + where);
                assertTrue(Layouts.sidewaysOverflow(driver) <= 1, "the header fits the window: " + where);
            }
        }
    }

    @Test
    void onAPhoneTheMenuButtonOpensAndClosesTheNavigation() {
        Layouts.viewport(driver, PHONE, 800);
        for (String user : Arrays.asList(null, "firm01")) {
            Layouts.as(driver, user);
            for (String lang : LANGUAGES) {
                Layouts.language(driver, lang);
                String where = (user == null ? "logged out" : user) + ", " + lang;
                WebElement toggle = driver.findElement(By.id("menu-toggle"));
                assertTrue(toggle.isDisplayed(), "the menu button at 390 px: " + where);
                String label = "zh-CN".equals(lang) ? Texts.zh("nav.menu.toggle") : Texts.en("nav.menu.toggle");
                assertTrue(toggle.getText().contains(label), "the button says " + label + ": " + toggle.getText());
                assertEquals("zj-menu", toggle.getAttribute("aria-controls"));
                assertEquals("false", toggle.getAttribute("aria-expanded"), where);
                assertFalse(shown("nav-notices"), "the navigation is folded away: " + where);
                long closed = Layouts.number(driver, "return document.querySelector('.zj-header').getBoundingClientRect().height;");
                assertTrue(closed < 100, "the folded header takes one row (" + closed + " px): " + where);

                toggle.click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> shown("nav-notices"));
                assertEquals("true", toggle.getAttribute("aria-expanded"), where);
                assertTrue(shown("nav-home") && shown("nav-credit") && shown("lang-en"), "the whole menu is open: " + where);
                if (user != null) {
                    assertTrue(shown("nav-workspace") && shown("logoutForm:logout"), "workspace and log out in the menu: " + where);
                } else {
                    assertTrue(shown("nav-login"), "log in in the menu: " + where);
                }
                assertTrue(Layouts.sidewaysOverflow(driver) <= 1, "the open menu fits the phone: " + where);

                toggle.click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !shown("nav-notices"));
                assertEquals("false", toggle.getAttribute("aria-expanded"), where);
            }
        }
        // without JavaScript (the template's class no-js stays on <html>) there is no button and the menu is open
        Layouts.js(driver, "document.documentElement.classList.replace('js', 'no-js');");
        assertFalse(shown("menu-toggle"), "no menu button without JavaScript");
        assertTrue(shown("nav-notices") && shown("logoutForm:logout"), "the menu is open without JavaScript");
    }

    private List<String> sidewaysAt(int width, Map<String, String> pages, String who) {
        List<String> wide = new ArrayList<>();
        Layouts.viewport(driver, width, 900);
        for (String lang : LANGUAGES) {
            Layouts.language(driver, lang);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Layouts.open(driver, page.getValue());
                long over = Layouts.sidewaysOverflow(driver);
                if (over > 1) {
                    wide.add(who + " " + page.getValue() + " " + lang + " " + width + " px: " + over + " px too wide");
                }
                List<String> tables = Layouts.tablesWiderThanTheirPanel(driver);
                if (!tables.isEmpty()) {
                    wide.add(who + " " + page.getValue() + " " + lang + " " + width + " px: tables wider than the page " + tables);
                }
                if ("en".equals(lang) && width == LAPTOP) {
                    for (String word : Layouts.headerWordsSplit(driver)) {
                        wide.add(who + " " + page.getValue() + " en: the header word '" + word + "' is split over two lines");
                    }
                }
            }
        }
        return wide;
    }

    @Test
    void publicPagesAndTheFirmsBiddingPagesNeverScrollSidewaysOnAPhone() {
        List<String> wide = new ArrayList<>();
        Layouts.as(driver, null);
        wide.addAll(sidewaysAt(PHONE, Layouts.PUBLIC, "public"));
        Layouts.as(driver, "firm06");
        wide.addAll(sidewaysAt(PHONE, Layouts.FIRM_BIDDING, "firm06"));
        assertEquals(List.of(), wide, "pages that scroll sideways at 390 px");
    }

    @Test
    void thePublicPagesAndTheMainPagesOfEachRoleFitALaptopAndEnglishHeadersKeepTheirWords() {
        List<String> wide = new ArrayList<>();
        Layouts.as(driver, null);
        wide.addAll(sidewaysAt(LAPTOP, Layouts.PUBLIC, "public"));
        for (Map.Entry<String, Map<String, String>> role : Layouts.ROLES.entrySet()) {
            Layouts.as(driver, role.getKey());
            wide.addAll(sidewaysAt(LAPTOP, role.getValue(), role.getKey()));
        }
        assertEquals(List.of(), wide, "pages wider than a laptop at 1366 px, or English headers split inside a word");
    }

    private void assertOneLine(String selector, String what) {
        List<WebElement> cells = driver.findElements(By.cssSelector(selector));
        assertFalse(cells.isEmpty(), "no " + what + " (" + selector + ")");
        for (WebElement cell : cells) {
            if (cell.getText().isBlank()) {
                continue; // an entry that can no longer be ended has no button
            }
            long lines = Layouts.number(driver, Layouts.LINES, cell);
            assertEquals(1, lines, what + " '" + cell.getText() + "' takes " + lines + " lines");
        }
    }

    @Test
    void timesDatesAndIdsStayOnOneLineAndTextColumnsGetRoom() {
        Layouts.viewport(driver, LAPTOP, 900);
        Layouts.as(driver, "approver01");
        for (String lang : LANGUAGES) {
            Layouts.language(driver, lang);
            Layouts.open(driver, "/approval/timeline.xhtml?q=XCSP-2026-000968");
            assertOneLine(".zj-timeline td.zj-timeline-at", "a time on the case timeline (" + lang + ")");
            assertOneLine(".zj-timeline td.zj-timeline-notice", "a notice id on the case timeline (" + lang + ")");
        }

        Layouts.as(driver, "regulator01");
        for (String lang : LANGUAGES) {
            Layouts.language(driver, lang);
            Layouts.open(driver, "/regulator/credit-lists.xhtml");
            assertOneLine("[id='listsForm:entries'] td.zj-col-nowrap", "a date, state or action on the red and black lists (" + lang + ")");
            // firm name, reason and legal basis: at least eight characters a line, not four
            @SuppressWarnings("unchecked")
            List<Number> narrow = (List<Number>) Layouts.js(driver, """
                    const em = parseFloat(getComputedStyle(document.body).fontSize);
                    return [...document.querySelectorAll("[id='listsForm:entries'] td.zj-col-wide")]
                        .map(td => td.getBoundingClientRect().width / em).filter(w => w < 8);""");
            assertEquals(List.of(), narrow, "widths (in em) of name, reason or legal basis cells narrower than 8 em, " + lang);
        }

        Layouts.as(driver, "operator01");
        for (String lang : LANGUAGES) {
            Layouts.language(driver, lang);
            Layouts.open(driver, "/operator/audit.xhtml");
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) Layouts.js(driver, """
                    return [...document.querySelectorAll('td.zj-col-action')]
                        .filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim());""");
            assertEquals(List.of(), cut, "audit actions cut off");
            long details = Layouts.number(driver, "return Math.round(document.querySelector('td.zj-col-details').getBoundingClientRect().width);");
            assertTrue(details >= 300, "the audit details get a wide column: " + details + " px");
            assertTrue(Layouts.tablesWiderThanTheirPanel(driver).isEmpty(), "the audit log fits its panel");
            // the longest action name of the demo (the expiry scan warns about firm02's qualification at start-up)
            String longAction = "QUALIFICATION_EXPIRY_WARNED";
            driver.findElement(By.id("auditForm:action")).sendKeys(longAction);
            driver.findElement(By.id("auditForm:filter")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("td.zj-col-action")).stream()
                    .anyMatch(td -> td.getText().contains(longAction)));
            @SuppressWarnings("unchecked")
            List<String> cutLong = (List<String>) Layouts.js(driver, """
                    return [...document.querySelectorAll('td.zj-col-action')]
                        .filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim());""");
            assertEquals(List.of(), cutLong, "long audit actions cut off");
            assertEquals(List.of(), Layouts.tablesWiderThanTheirPanel(driver), "the audit log with long actions fits its panel");
        }

        Layouts.as(driver, null);
        Layouts.open(driver, "/verify.xhtml?notice=8012");
        long step = Layouts.number(driver, "return Math.round(document.querySelector('#verify-steps td').getBoundingClientRect().width);");
        assertTrue(step >= 130, "the step column of the verify page is wide enough: " + step + " px");
    }
}
