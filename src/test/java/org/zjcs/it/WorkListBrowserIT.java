package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Browser journey: a firm logs in, opens its 工作台 from its workspace and sees its items in due-date order (the result
 * whose objection period ends first, then the enrolment sealed until its later deadline), with the due dates, in
 * Chinese and, after switching, in English.
 */
class WorkListBrowserIT {

    static final long ITEM = 3;
    private WebDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A notice of owner01 published with its deadline a week after the earliest allowed; its id. */
    static long publishLater(WebClient owner, String title) throws Exception {
        String page = owner.get("/owner/notice-edit.xhtml").body();
        int at = page.indexOf("id=\"notice:earliest\"");
        assertTrue(at > 0, "the form states the earliest deadline");
        Matcher m = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})").matcher(page.substring(at, Math.min(page.length(), at + 400)));
        assertTrue(m.find());
        Map<String, String> f = Fixtures.terms(title, ITEM, "LOWEST_PRICE", null, "50000", "60000", 1, Fixtures.ownerCase(),
                LocalDate.parse(m.group(1)).plusDays(7));
        f.put("publish", "x");
        HttpResponse<String> r = owner.postForm("/owner/notice-edit.xhtml", "notice", f);
        assertEquals(302, r.statusCode(), r.body());
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(r.headers().firstValue("Location").orElseThrow());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    @Test
    void aFirmOpensItsWorkListAndSeesItsItemsInOrderInBothLanguages() throws Exception {
        String firm = Fixtures.firm(ITEM);
        long decided = Fixtures.publish(as("owner01"), "Browser work decided " + System.nanoTime(), ITEM, "LOWEST_PRICE", null,
                "50000", "60000", 1);
        WorkListIT.receipt(as(firm).postJson("/api/notices/" + decided + "/bids", "{\"price\": 51000}"));
        Fixtures.expire(decided); // moves the server's clock past the deadline
        SelectionIT.awaitStatus(decided, "ANNOUNCED");
        // published after the move: its deadline (at least the minimum enrolment period) lies after the publicity's end
        long open = publishLater(as("owner01"), "Browser work open " + System.nanoTime());
        String receipt = WorkListIT.receipt(as(firm).postJson("/api/notices/" + open + "/bids", "{\"price\": 52000}"));
        String publicityEnds = WorkListIT.minutes("publicity_ends_at", "notice", decided);
        String deadline = WorkListIT.minutes("enrolment_deadline", "notice", open);
        assertTrue(publicityEnds.compareTo(deadline) < 0, "the objection period ends before the other deadline: "
                + publicityEnds + " / " + deadline);

        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.login(driver, firm, It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        Browser.click(driver, "tool-work");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-title")));
        assertEquals(Texts.zh("page.work.title"), driver.findElement(By.id("work-title")).getText());

        List<WebElement> rows = driver.findElements(By.cssSelector("tr.zj-work-item"));
        assertEquals(2, rows.size(), "its two items");
        assertEquals("work.state.result.won", rows.get(0).getAttribute("data-state"), "the sooner due date first");
        assertTrue(rows.get(0).getText().contains("(" + decided + ")"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(publicityEnds), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(Texts.zh("work.due.publicity")), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(Texts.zh("work.state.result.won", "51000.00")), rows.get(0).getText());
        assertEquals("work.state.enrolment.sealed", rows.get(1).getAttribute("data-state"));
        assertTrue(rows.get(1).getText().contains("(" + open + ")"), rows.get(1).getText());
        assertTrue(rows.get(1).getText().contains(deadline), rows.get(1).getText());
        assertTrue(rows.get(1).getText().contains(receipt), "the receipt: " + rows.get(1).getText());

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("work-title"), Texts.en("page.work.title")));
        rows = driver.findElements(By.cssSelector("tr.zj-work-item"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains(Texts.en("work.due.publicity")), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(Texts.en("work.state.result.won", "51000.00")), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains(Texts.en("work.state.enrolment.sealed", receipt, deadline)),
                rows.get(1).getText());
        rows.get(1).findElement(By.cssSelector("a.zj-work-link")).click();
        wait.until(ExpectedConditions.urlContains("/notice.xhtml?id=" + open));
    }
}
