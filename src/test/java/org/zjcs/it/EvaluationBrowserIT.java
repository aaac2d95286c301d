package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
 * Browser journey: the owner evaluates the firm in the 评价 section of the deliverables page (confirming the question)
 * → the firm's credit score changes. There is no public credit page nor credit API on this branch yet, so the score is
 * read from {@code firm_credit} by SQL (start 100 + the cached sum). The firm then reads the evaluation with the comment.
 */
class EvaluationBrowserIT {

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

    private String messages() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages"))).getText();
    }

    private void choose(String id, String value) {
        // by CSS (Selenium's Select finds options by XPath, which fails in this browser on these pages)
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("select[id='" + id + "'] option[value='" + value + "']")))
                .click();
    }

    @Test
    void theOwnerEvaluatesOnThePageAndTheScoreOfTheFirmChanges() throws Exception {
        Object[] a = EvaluationIT.accepted("Browser evaluation");
        long notice = (long) a[0];
        String firm = (String) a[1];
        long firmId = Fixtures.orgOf(firm);
        long before = EvaluationIT.points(firmId);

        as("owner01");
        open("/owner/evaluations.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.evaluation-notice")));
        driver.findElements(By.cssSelector("a.evaluation-notice")).stream().filter(l -> l.getText().contains("Browser evaluation"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("/account/deliverables.xhtml?id=" + notice));
        choose("evaluate:quality", "5");
        choose("evaluate:timeliness", "5");
        choose("evaluate:attitude", "4");
        choose("evaluate:fees", "4");
        choose("evaluate:conduct", "5");
        choose("evaluate:level", "VERY_SATISFIED");
        driver.findElement(By.id("evaluate:comment")).sendKeys("报告编制认真，按期完成");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evaluate:submitEvaluation"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        assertTrue(messages().contains(Texts.zh("evaluation.given")), messages());
        assertEquals(Texts.zh("evaluation.level.VERY_SATISFIED"),
                driver.findElement(By.id("evaluation-level")).getText().trim());

        assertEquals(before + 2, EvaluationIT.points(firmId), "非常满意 adds 2 points to the score of the firm");
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM credit_event WHERE firm_id = ? AND code = "
                + "'EVALUATION_VERY_SATISFIED'", firmId));

        as(firm);
        open("/firm/evaluations.xhtml");
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations"))).getText();
        assertTrue(page.contains("Browser evaluation") && page.contains("报告编制认真，按期完成"), page);
        assertEquals("1", driver.findElement(By.cssSelector(".evaluation-summary-level[data-level='VERY_SATISFIED']")).getText(),
                "the public summary counts it");
        assertTrue(!driver.findElement(By.cssSelector(".evaluation-summary")).getText().contains("报告编制认真"),
                "the summary shows no comment");
        open("/firm/evaluations.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("evaluations-title"), Texts.en("evaluation.firm.title")));
        assertTrue(driver.findElement(By.id("evaluations")).getText().contains(Texts.en("evaluation.level.VERY_SATISFIED")));
    }
}
