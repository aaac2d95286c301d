package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * Browser journey of issue 6, the whole chain after the award: the owner uploads the signed contract → the winning firm
 * confirms it → the firm uploads its deliverable → the owner accepts it → the approval staff of the case's department
 * pass it → the case timeline shows every step from the notice to the check, in Chinese and in English.
 */
class ContractChainBrowserIT {

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

    private String status() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-status"))).getText().trim();
    }

    private String messages() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages"))).getText();
    }

    /** Clicks a button guarded by a JavaScript confirm() and accepts the question. */
    private void clickAndAccept(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void contractDeliverableAcceptanceCheckAndTheTimelineShowingEveryStep() throws Exception {
        Object[] awarded = ContractIT.awarded("Browser chain");
        long notice = (Long) awarded[0];
        String firm = (String) awarded[1];
        String caseNumber = CaseTimelineIT.caseOf(notice);
        String contractPage = "/account/contract.xhtml?id=" + notice;
        String deliverablePage = "/account/deliverables.xhtml?id=" + notice;

        // 1. the owner files the signed contract
        as("owner01");
        open(contractPage);
        assertEquals(Texts.zh("notice.status.AWARDED"), status());
        assertEquals(Texts.zh("contract.party.OWNER"), driver.findElement(By.id("party")).getText().trim());
        driver.findElement(By.id("upload:amount")).sendKeys("52000");
        driver.findElement(By.id("upload:content")).sendKeys("东区水土保持方案编制及报批配合服务");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('upload:start').value = '2026-12-01';"
                        + "document.getElementById('upload:end').value = '2027-03-31';");
        Path pdf = TestFiles.pdf("signed-contract.pdf");
        Browser.upload(driver, "upload:file", pdf);
        driver.findElement(By.id("upload:submit")).click();
        assertTrue(messages().contains(Texts.zh("contract.submitted")), messages());
        List<WebElement> versions = driver.findElements(By.cssSelector(".contract-version .contract-status"));
        assertEquals(1, versions.size());
        assertEquals(Texts.zh("contract.status.SUBMITTED"), versions.get(0).getText().trim());
        assertTrue(driver.findElement(By.id("answer-waiting")).getText().contains(Texts.zh("contract.answer.waiting")),
                "the uploader is told it waits for the other party");

        // 2. the winning firm confirms it: the notice is CONTRACTED
        as(firm);
        open(contractPage);
        assertEquals(Texts.zh("contract.party.FIRM"), driver.findElement(By.id("party")).getText().trim());
        clickAndAccept(By.id("answer:confirm"));
        assertTrue(messages().contains(Texts.zh("contract.confirmed")), messages());
        assertEquals(Texts.zh("notice.status.CONTRACTED"), status());
        assertEquals(Texts.zh("contract.status.CONFIRMED"),
                driver.findElement(By.cssSelector(".contract-version .contract-status")).getText().trim());

        // 3. the firm follows the link to its deliverables and uploads version 1
        driver.findElement(By.id("deliverables-link")).click();
        wait.until(ExpectedConditions.urlContains("/account/deliverables.xhtml"));
        driver.findElement(By.id("upload:note")).sendKeys("水土保持方案报告书（送审稿）");
        Browser.upload(driver, "upload:files", TestFiles.pdf("soil-and-water-plan.pdf"));
        driver.findElement(By.id("upload:submit")).click();
        assertTrue(messages().contains(Texts.zh("deliverable.submitted")), messages());
        assertEquals(Texts.zh("notice.status.IN_SERVICE"), status());

        // 4. the owner accepts it: DELIVERED, waiting for the department's check
        as("owner01");
        open(deliverablePage);
        assertTrue(driver.findElements(By.id("evaluation-after-acceptance")).size() == 1,
                "before the acceptance the owner is told the evaluation comes after it");
        assertTrue(driver.findElements(By.id("evaluate")).isEmpty(), "no evaluation form before the acceptance");
        clickAndAccept(By.id("answer:accept"));
        assertTrue(messages().contains(Texts.zh("deliverable.accepted")), messages());
        assertEquals(Texts.zh("notice.status.DELIVERED"), status());
        // the acceptance makes the evaluation due: its form is in the answer to the acceptance, without a reload
        assertEquals(1, driver.findElements(By.id("evaluate")).size(), "the evaluation form appears with the acceptance");
        assertTrue(driver.findElements(By.id("evaluation-after-acceptance")).isEmpty(), "the 'after the acceptance' hint is gone");

        // 5. the approval staff of the case's department pass it: COMPLETED
        as("approver01");
        open(deliverablePage);
        assertTrue(driver.findElements(By.id("rate")).isEmpty(), "no rating form before the department's pass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("check:pass"))).click();
        assertTrue(messages().contains(Texts.zh("deliverable.checkPassed")), messages());
        assertEquals(Texts.zh("notice.status.COMPLETED"), status());
        // the pass makes the department's quality rating possible: its form is in the answer to the pass, without a
        // reload, and the rating is given from it
        assertTrue(driver.findElements(By.id("check")).isEmpty(), "checked once: no check form any more");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rate:rating"))).selectByValue("GOOD");
        driver.findElement(By.id("rate:ratingComment")).sendKeys("成果内容完整，论证充分");
        Browser.click(driver, "rate:submitRating");
        assertTrue(messages().contains(Texts.zh("rating.given")), messages());
        assertTrue(driver.findElements(By.id("rate")).isEmpty(), "rated once: no rating form any more");
        assertTrue(driver.findElement(By.cssSelector(".approval-rating")).getText().contains(Texts.zh("rating.quality.GOOD")),
                "the department's rating is shown");
        assertEquals("GOOD", Fixtures.text("SELECT rating FROM approval_rating WHERE notice_id = ?", notice));

        // 6. the case timeline, searched on its page: every step from the notice to the check, in order
        open("/approval/timeline.xhtml");
        WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        q.sendKeys(caseNumber);
        driver.findElement(By.id("go")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-timeline-entry")));
        List<String> kinds = kinds();
        CaseTimelineIT.inOrder(kinds, "NOTICE_PUBLISHED", "ENROLMENT", "SELECTION", "RESULT_ANNOUNCED", "AWARD_ANNOUNCED",
                "CONTRACT_SUBMITTED", "CONTRACT_CONFIRMED", "DELIVERABLE_SUBMITTED", "DELIVERABLE_ACCEPTED",
                "DELIVERABLE_CHECK_PASSED", "APPROVAL_RATED");
        assertEquals(11, kinds.size(), "exactly these steps (the department's rating given above is the last): " + kinds);
        String page = driver.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("approver01"), "the checking actor is named");
        assertTrue(page.contains("owner01"), "the publishing and accepting actor is named");
        assertTrue(driver.findElements(By.cssSelector("a.zj-timeline-link[href*='/verify.xhtml?notice=" + notice + "']"))
                .size() == 1, "the selection links its proof verification");
        assertTrue(driver.findElements(By.cssSelector("a.zj-timeline-link[href*='/account/contract-files/']")).size() >= 1,
                "the contract links its file");
        assertTrue(driver.findElements(By.cssSelector("a.zj-timeline-link[href*='/account/deliverable-files/']")).size() >= 1,
                "the deliverable links its file");

        // in English: the same steps
        String url = driver.getCurrentUrl();
        driver.get(url + (url.contains("?") ? "&" : "?") + "lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("timeline-title"), Texts.en("timeline.title")));
        assertEquals(kinds, kinds(), "the same steps in English");
        open(deliverablePage);
        assertEquals(Texts.en("notice.status.COMPLETED"), status());
        driver.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("notice-status"), Texts.zh("notice.status.COMPLETED")));
    }

    private List<String> kinds() {
        return driver.findElements(By.cssSelector("tr.zj-timeline-entry")).stream().map(e -> e.getAttribute("data-kind"))
                .toList();
    }
}
