package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Browser journey of issue 5: three firms enrol on a random-draw notice → the deadline passes → the announcement shows
 * the winner → the verify page confirms it (and reads in English too).
 */
class SelectionBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String noticeUrl(long notice) {
        return It.baseUrl() + "/notice.xhtml?id=" + notice;
    }

    /** A firm logs in, opens the notice, clicks 报名 and sees its receipt; then logs out. */
    private void enrolInTheBrowser(String firm, long notice) {
        Browser.login(driver, firm, It.DEMO_PASSWORD);
        driver.get(noticeUrl(notice));
        WebElement enrol = wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:enrolButton")));
        assertEquals(Texts.zh("enrolment.enrol"), enrol.getAttribute("value"));
        assertTrue(driver.findElements(By.id("enrol:price")).isEmpty(), "a random draw takes no price");
        enrol.click();
        String receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolment-receipt"))).getText();
        assertTrue(receipt.matches("(?s).*[0-9a-f]{64}.*"), "the receipt shows its hash: " + receipt);
        assertTrue(driver.findElement(By.id("enrol:messages")).getText().contains(Texts.zh("enrolment.done.ENROL")));
        assertEquals(Texts.zh("enrolment.enrolled"), driver.findElement(By.id("enrolment-state")).getText());
        assertTrue(driver.findElements(By.id("enrol:enrolButton")).isEmpty(), "no second enrolment offered");
        driver.manage().deleteAllCookies();
    }

    @Test
    void threeFirmsEnrolTheDeadlinePassesTheAnnouncementNamesTheWinnerAndTheVerifyPageConfirmsIt() throws Exception {
        long notice = Fixtures.publish(Fixtures.as("owner01"), "Browser draw " + System.nanoTime(), SelectionIT.ITEM,
                "RANDOM_DRAW", "90000", null, null, 3);
        String commitment = Fixtures.text("SELECT draw_commitment FROM notice WHERE id = ?", notice);

        List<String> firms = Fixtures.firms(3, SelectionIT.ITEM);
        List<String> names = new ArrayList<>();
        for (String firm : firms) {
            names.add(Fixtures.text("SELECT name FROM organisation WHERE id = ?", Fixtures.orgOf(firm)));
            enrolInTheBrowser(firm, notice);
        }
        assertEquals(3, Fixtures.number("SELECT COUNT(*) FROM enrolment WHERE notice_id = ? AND status = 'ACTIVE'", notice));

        // Before the deadline the public sees the count and no result.
        driver.get(noticeUrl(notice));
        assertEquals(Texts.zh("enrolment.count", 3), wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("enrolment-count"))).getText());
        assertTrue(driver.findElements(By.id("selection")).isEmpty(), "no result before the deadline");

        Fixtures.expire(notice);

        // Anonymous: reload the notice until the scheduler has selected, then read the winner.
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("#selection .zj-winner")).isEmpty();
        });
        assertEquals(Texts.zh("notice.status.ANNOUNCED"), driver.findElement(By.id("notice-status")).getText().trim());
        String winner = driver.findElement(By.cssSelector("#result-1 .zj-winner")).getText().trim();
        assertTrue(names.contains(winner), "the winner " + winner + " is one of " + names);
        assertEquals(Fixtures.text("SELECT o.name FROM selection_result r JOIN organisation o ON o.id = r.winner_firm_id "
                + "WHERE r.notice_id = ?", notice), winner, "the page names the recorded winner");
        assertTrue(driver.findElement(By.cssSelector("#result-1 .zj-result-status")).getText()
                .contains(Texts.zh("selection.status.SELECTED")));
        assertTrue(driver.findElement(By.id("result-1")).getText().contains(Texts.zh("selection.excluded.none")),
                "all three passed the re-check");

        // The public announcement list has the result announcement.
        List<WebElement> results = driver.findElements(By.cssSelector("#announcements li.zj-announcement-RESULT"));
        assertEquals(1, results.size(), "one result announcement");
        assertTrue(results.get(0).getText().contains(Texts.zh("announcement.kind.RESULT")), results.get(0).getText());

        // Follow the verify link.
        WebElement verify = driver.findElement(By.cssSelector("#result-1 a.zj-verify-link"));
        assertEquals(Texts.zh("selection.verify"), verify.getText().trim());
        verify.click();
        wait.until(ExpectedConditions.urlContains("/verify.xhtml"));
        assertEquals(Texts.zh("verify.result.ok"), wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("verify-ok"))).getText().trim());
        assertTrue(driver.findElements(By.id("verify-bad")).isEmpty());
        assertEquals(commitment, driver.findElement(By.id("verify-published")).getText().trim(),
                "the commitment published with the notice");
        assertEquals(Texts.zh("verify.commitment.ok"), driver.findElement(By.id("verify-commitment")).getText().trim());
        assertTrue(driver.findElement(By.id("verify-winner")).getText().startsWith(winner + " ("),
                "the recomputed winner is the announced one");
        assertEquals(3, driver.findElements(By.cssSelector("#verify-entries tbody tr")).size(), "three entries");

        // In English.
        String verifyUrl = driver.getCurrentUrl();
        driver.get(verifyUrl + (verifyUrl.contains("?") ? "&" : "?") + "lang=en");
        assertEquals(Texts.en("verify.result.ok"), wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("verify-ok"))).getText().trim());
        assertEquals(Texts.en("verify.commitment.ok"), driver.findElement(By.id("verify-commitment")).getText().trim());
        assertEquals(Texts.en("verify.title"), driver.findElement(By.tagName("h1")).getText().trim());
        assertFalse(driver.getCurrentUrl().contains("lang="), "the switch redirects to the page without the parameter");
        assertTrue(driver.getCurrentUrl().contains("notice=" + notice), "and keeps the notice: " + driver.getCurrentUrl());

        // Back to Chinese with the header's link: the same verification, not another page.
        driver.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), Texts.zh("verify.title")));
        assertTrue(driver.findElements(By.id("verify-none")).isEmpty(), "the header's link keeps the notice: "
                + driver.getCurrentUrl());
        assertEquals(Texts.zh("verify.result.ok"), driver.findElement(By.id("verify-ok")).getText().trim());
        assertTrue(driver.getCurrentUrl().contains("notice=" + notice), "the header's link keeps the notice: "
                + driver.getCurrentUrl());
        assertEquals(commitment, driver.findElement(By.id("verify-published")).getText().trim());
    }
}
