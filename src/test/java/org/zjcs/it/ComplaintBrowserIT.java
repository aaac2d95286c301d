package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The complaint journey of issue 16 in the browser: on a notice created through the fixtures, a losing firm objects on
 * the notice page, the owner rejects the objection on its selection page, the firm follows the link from its rejected
 * objection to the complaint form and complains, the regulator finds it in its queue, takes it up and answers with a
 * finding (upheld, with a credit record for the winner), and the firm reads the answer on its page — in Chinese, then in
 * English. The winner (the firm complained about) finds nothing of it on the same page.
 */
class ComplaintBrowserIT {

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

    private void as(String user) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, user, It.DEMO_PASSWORD);
    }

    private void open(String path) {
        driver.get(It.baseUrl() + path);
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    private void clickConfirmed(String id) {
        Browser.click(driver, id);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLosingFirmComplainsAfterItsObjectionIsRejectedAndReadsTheRegulatorsAnswer() throws Exception {
        Object[] a = ComplaintIT.announced("投诉流程");
        long notice = (long) a[0];
        List<String> firms = (List<String>) a[1];
        String loser = firms.get(1);

        // the losing firm objects on the notice page
        as(loser);
        open("/notice.xhtml?id=" + notice);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("objection:reason")))
                .sendKeys("中选机构报价明显低于成本，请业主核实其报价构成。");
        clickConfirmed("objection:raise");
        waitForText(Texts.zh("objection.raised"));

        // the owner rejects it on its selection page
        as("owner01");
        open("/owner/selection.xhtml?id=" + notice);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$=':answer']")))
                .sendKeys("经核实，中选机构报价在公告规定的价格区间内，质疑不成立。");
        driver.findElement(By.cssSelector("input[id$=':reject']")).click();
        waitForText(Texts.zh("objection.answered"));

        // the firm follows the link beside its rejected objection and complains
        as(loser);
        open("/notice.xhtml?id=" + notice);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.complaint-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint:text")))
                .sendKeys("业主未核查中选机构的成本构成就认定质疑不成立，请主管部门复核。");
        clickConfirmed("complaint:file");
        waitForText(Texts.zh("complaint.filed"));
        long complaint = Fixtures.number("SELECT MAX(c.id) FROM complaint c JOIN objection o ON o.id = c.objection_id "
                + "WHERE o.notice_id = ?", notice);

        // the regulator finds it in its queue, takes it up and answers: upheld, with a credit record for the winner
        as("regulator01");
        open("/regulator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-complaints"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a.complaint-open[href*='id=" + complaint + "']"))).click();
        waitForText("业主未核查中选机构的成本构成");
        Browser.click(driver, "review:review");
        waitForText(Texts.zh("complaint.reviewing"));
        Browser.click(driver, "answer:finding:0"); // UPHELD, the first of the findings
        driver.findElement(By.id("answer:text")).sendKeys("经查，业主未按规定核查异常低价，投诉属实，责令重新核查。");
        Browser.click(driver, "answer:consequence:1"); // CREDIT_EVENT
        clickConfirmed("answer:save");
        waitForText(Texts.zh("complaint.answered"));
        assertEquals("ANSWERED", Fixtures.text("SELECT status FROM complaint WHERE id = ?", complaint));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM credit_event WHERE code = 'COMPLAINT_UPHELD' AND source_id = ?",
                String.valueOf(complaint)));

        // the firm reads the answer on its page (told in its inbox), in Chinese and in English
        as(loser);
        open("/account/notifications.xhtml");
        waitForText(Texts.zh("complaint.notify.answered.COMPLAINT", String.valueOf(complaint)));
        open("/account/reports.xhtml?id=" + complaint);
        waitForText("投诉属实，责令重新核查");
        assertTrue(driver.findElement(By.id("item-finding")).getText().contains(Texts.zh("complaint.finding.UPHELD")));
        assertTrue(driver.findElement(By.id("item-status")).getText().contains(Texts.zh("complaint.status.ANSWERED")));
        open("/account/reports.xhtml?id=" + complaint + "&lang=en");
        waitForText(Texts.en("complaint.finding.UPHELD"));
        assertTrue(driver.findElement(By.id("item-status")).getText().contains(Texts.en("complaint.status.ANSWERED")));

        // the winner complained about sees nothing of it
        as(firms.get(0));
        open("/account/reports.xhtml?id=" + complaint);
        waitForText(Texts.zh("page.complaint.mine.title"));
        assertFalse(driver.getPageSource().contains("业主未核查中选机构的成本构成"));
    }
}
