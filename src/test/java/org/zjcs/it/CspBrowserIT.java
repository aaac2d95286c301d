package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * Under the Content-Security-Policy (issue 14, item 4) the pages still work in Chromium: the main pages of every role
 * load with no CSP violation (reported to the page by {@code securitypolicyviolation}, listened for by a script
 * DevTools adds before any of the page's own, and in the browser console), PrimeFaces and Faces Ajax run, a
 * PrimeFaces dialog opens, and a {@code data-confirm} button (formerly {@code onclick="return confirm(…)"}) still asks:
 * dismissing it changes nothing, accepting does the action.
 */
class CspBrowserIT {

    /** Records every violation of the page's policy (DevTools scripts are not subject to it). */
    private static final String WATCH = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + "});";

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The violations of the current page and the console's CSP errors since the last look. */
    private List<String> violations() {
        List<String> found = new ArrayList<>();
        Object seen = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
        if (seen instanceof List<?> list) {
            list.forEach(v -> found.add("page: " + v));
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String m = e.getMessage();
            if (m.contains("Content Security Policy") || m.contains("Content-Security-Policy")) {
                found.add("console: " + m);
            }
        }
        return found;
    }

    /** Opens a page, waits until it has loaded, and checks that nothing was blocked and PrimeFaces started. */
    private void visit(String path) {
        driver.get(It.baseUrl() + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertEquals(List.of(), violations(), "CSP violations on " + path);
        Object primeFaces = ((JavascriptExecutor) driver).executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.csp) || !document.querySelector('script[src*=\"primefaces\"]');");
        assertEquals(Boolean.TRUE, primeFaces, "PrimeFaces' scripts ran on " + path);
    }

    private void loginAs(String user) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, user, It.DEMO_PASSWORD);
        assertEquals(List.of(), violations(), "CSP violations around the login of " + user);
    }

    @Test
    void theMainPagesOfEveryRoleWorkWithoutViolations() {
        for (String p : List.of("/index.xhtml", "/notices.xhtml", "/firms.xhtml", "/credit.xhtml", "/catalog.xhtml",
                "/credit-rules.xhtml", "/login.xhtml", "/register/owner.xhtml")) {
            visit(p);
        }
        // Faces Ajax (f:ajax, faces.js) under the policy: the region picker fills the cities of a province
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("reg:province")))).selectByVisibleText("\u9655\u897f\u7701");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:city"), "\u897f\u5b89\u5e02"));
        assertEquals(List.of(), violations(), "CSP violations during the Ajax update");

        List<Map.Entry<String, List<String>>> pages = List.of(
                Map.entry("firm01", List.of("/firm/index.xhtml", "/firm/qualifications.xhtml", "/firm/credit.xhtml",
                        "/firm/evaluations.xhtml", "/account/notifications.xhtml")),
                Map.entry("owner01", List.of("/owner/index.xhtml", "/owner/notices.xhtml", "/owner/cases.xhtml",
                        "/owner/evaluations.xhtml", "/owner/notice-edit.xhtml", "/account/members.xhtml")),
                Map.entry("approver01", List.of("/approval/index.xhtml", "/approval/cases.xhtml", "/approval/timeline.xhtml")),
                Map.entry("regulator01", List.of("/regulator/index.xhtml", "/regulator/appeals.xhtml", "/regulator/credit-lists.xhtml",
                        "/regulator/credit-repairs.xhtml", "/regulator/credit-rules.xhtml", "/regulator/catalog.xhtml")),
                Map.entry("operator01", List.of("/operator/index.xhtml", "/operator/reviews.xhtml", "/operator/firms.xhtml",
                        "/operator/audit.xhtml", "/operator/calendar.xhtml", "/operator/api-keys.xhtml")));
        // in this order: the operator's api-keys page must be the last one shown (the dialog below is on it)
        for (Map.Entry<String, List<String>> role : pages) {
            loginAs(role.getKey());
            role.getValue().forEach(this::visit);
        }
        // the operator's API keys page: a PrimeFaces Ajax button whose oncomplete (moved out of the markup) opens a dialog
        // (visited again here: Map.of iterates in an order that changes from run to run, so the operator may not be last)
        loginAs("operator01");
        visit("/operator/api-keys.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("keysForm:new"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issueDialog")));
        assertEquals(List.of(), violations(), "CSP violations opening the dialog");
    }

    @Test
    void aConfirmButtonStillAsksDismissingKeepsTheStateAcceptingActs() throws Exception {
        Object[] a = ContractIT.awarded("CSP confirm");
        long notice = (long) a[0];
        String firm = (String) a[1];
        assertEquals(201, ContractIT.uploadApi(as("owner01"), notice, "52000", "2026-12-01", "2027-03-31",
                TestFiles.pdf("contract.pdf")).statusCode());

        driver.manage().deleteAllCookies();
        Browser.login(driver, firm, It.DEMO_PASSWORD);
        visit("/account/contract.xhtml?id=" + notice);

        Browser.click(driver, "answer:confirm");
        Alert ask = wait.until(ExpectedConditions.alertIsPresent());
        assertEquals(Texts.zh("contract.confirm.ask"), ask.getText());
        ask.dismiss();
        Thread.sleep(1500); // a submission would have been sent by now
        assertEquals("AWARDED", status(notice), "dismissed: nothing sent");
        assertTrue(driver.getCurrentUrl().contains("/account/contract.xhtml"));

        Browser.click(driver, "answer:confirm");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), Texts.zh("contract.confirmed")));
        assertEquals("CONTRACTED", status(notice));
        assertEquals(List.of(), violations(), "CSP violations in the confirm flow");
    }
}
