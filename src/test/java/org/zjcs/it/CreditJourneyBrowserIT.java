package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestClock;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * The credit journey of issue 7 in the browser, one firm throughout: the owner evaluates the firm on the deliverables
 * page (满意) → the firm's PUBLIC credit page shows the new score (read from the page: the score before plus the points
 * of the rule in force, e.g. 100 → 101 under rule version 1), in English too → a regulator black-lists the firm on its
 * page with an evidence PDF → the firm cannot enrol on a new notice (the notice page gives the black-list reason) →
 * credit repair (the entry's start moved back by SQL past {@code credit.repair.min-days}; the firm applies on its
 * credit page, regulator01 approves on the repairs page) → the firm enrols. The firm also reads the evaluation with
 * its comment (and in English), and the public summary counts it without the comment. Replaces EvaluationBrowserIT
 * (which read the score by SQL) and BlackListBrowserIT.
 */
class CreditJourneyBrowserIT {

    private static final Pattern SATISFIED_POINTS = Pattern.compile("\"EVALUATION_SATISFIED\":(-?\\d+)");

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

    private void anonymous() {
        driver.manage().deleteAllCookies();
    }

    private void open(String path) {
        driver.get(It.baseUrl() + path);
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    private void choose(String id, String value) {
        // by CSS (Selenium's Select finds options by XPath, which fails in this browser on these pages)
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("select[id='" + id + "'] option[value='" + value + "']")))
                .click();
    }

    /** The score on the firm's public credit page, read from the page. */
    private int publicScore(long firmId) {
        open("/firm-credit.xhtml?id=" + firmId);
        return Integer.parseInt(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credit-score"))).getText().trim());
    }

    /** The points of 满意 in the rule version in force (public REST: the table's first version is the one in force). */
    private static int satisfiedPoints() {
        String rules = new WebClient().get("/api/credit/rules").body();
        Matcher m = SATISFIED_POINTS.matcher(rules);
        assertTrue(m.find(), rules);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void evaluatedScoredBlackListedRefusedRepairedAndEnrolledAgain() throws Exception {
        Object[] a = EvaluationIT.accepted("Credit journey");
        long notice = (long) a[0];
        String firm = (String) a[1];
        long firmId = Fixtures.orgOf(firm);
        String name = Fixtures.text("SELECT name FROM organisation WHERE id = ?", firmId);

        // the score before, on the public page
        anonymous();
        int before = publicScore(firmId);

        // 1. the owner evaluates on the page (满意)
        as("owner01");
        open("/owner/evaluations.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.evaluation-notice")));
        driver.findElements(By.cssSelector("a.evaluation-notice")).stream().filter(l -> l.getText().contains("Credit journey"))
                .findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlContains("/account/deliverables.xhtml?id=" + notice));
        choose("evaluate:quality", "5");
        choose("evaluate:timeliness", "4");
        choose("evaluate:attitude", "5");
        choose("evaluate:fees", "4");
        choose("evaluate:conduct", "5");
        choose("evaluate:level", "SATISFIED");
        driver.findElement(By.id("evaluate:comment")).sendKeys("报告编制认真，按期完成");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evaluate:submitEvaluation"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        String messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages"))).getText();
        assertTrue(messages.contains(Texts.zh("evaluation.given")), messages);
        assertEquals(Texts.zh("evaluation.level.SATISFIED"), driver.findElement(By.id("evaluation-level")).getText().trim());
        assertTrue(driver.findElements(By.id("evaluate")).isEmpty(), "the form is gone once given");

        // 2. the public credit page shows the new score (read from the page)
        anonymous();
        int after = publicScore(firmId);
        assertEquals(before + satisfiedPoints(), after, "满意 adds the points of the rule in force (100 → 101 under version 1)");
        String events = driver.findElement(By.tagName("main")).getText();
        assertTrue(events.contains(Texts.zh("credit.code.EVALUATION_SATISFIED")), "the event is listed: " + events);
        assertFalse(driver.getPageSource().contains("报告编制认真"), "the private comment is never public");
        open("/firm-credit.xhtml?id=" + firmId + "&lang=en");
        waitForText(Texts.en("credit.firm.score"));
        assertEquals(String.valueOf(after), driver.findElement(By.id("credit-score")).getText().trim(), "the same score in English");
        assertTrue(driver.getPageSource().contains(Texts.en("credit.code.EVALUATION_SATISFIED")), "the event in English");

        // the firm reads the evaluation with its comment; the public summary counts it, without the comment
        as(firm);
        open("/firm/evaluations.xhtml");
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations"))).getText();
        assertTrue(page.contains("Credit journey") && page.contains("报告编制认真，按期完成"), page);
        assertEquals("1", driver.findElement(By.cssSelector(".evaluation-summary-level[data-level='SATISFIED']")).getText());
        assertFalse(driver.findElement(By.cssSelector(".evaluation-summary")).getText().contains("报告编制认真"));
        open("/firm/evaluations.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("evaluations-title"), Texts.en("evaluation.firm.title")));
        assertTrue(driver.findElement(By.id("evaluations")).getText().contains(Texts.en("evaluation.level.SATISFIED")));

        // 3. a regulator black-lists the firm on its page, with an evidence PDF (back at the real time: the award above
        // moved the server's clock past the notice's deadline and publicity)
        TestClock.reset();
        LocalDate end = CreditLists.today().plusDays(180);
        Path evidence = TestFiles.pdf("penalty-decision.pdf");
        as("regulator01");
        open("/regulator/index.xhtml");
        driver.findElement(By.id("tool-credit-lists")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("listsForm:new"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:reason")));
        new Select(driver.findElement(By.id("entry:firm"))).selectByVisibleText(name);
        driver.findElement(By.id("entry:reason")).sendKeys("投标中提供虚假业绩证明材料");
        driver.findElement(By.id("entry:legalBasis")).sendKeys("《网上中介服务超市管理办法》第二十八条");
        driver.findElement(By.id("entry:endDate")).sendKeys(end.toString());
        Browser.upload(driver, "entry:files", evidence);
        driver.findElement(By.id("entry:save")).click();
        waitForText(Texts.zh("credit.admin.listed"));
        long entry = Fixtures.number("SELECT MAX(id) FROM credit_list_entry WHERE firm_id = ? AND kind = 'BLACK'", firmId);
        assertTrue(entry > 0, "the firm is on the black list");
        anonymous();
        open("/firm-credit.xhtml?id=" + firmId);
        waitForText("投标中提供虚假业绩证明材料");

        // 4. the firm cannot enrol on a new notice: the notice page gives the black-list reason
        long open = EligibilityIT.openNotice(ContractIT.ITEM, null);
        as(firm);
        open("/notice.xhtml?id=" + open);
        waitForText(Texts.zh("eligibility.BLACK_LISTED", end.toString()));
        assertTrue(driver.findElements(By.id("enrol:enrolButton")).isEmpty(), "no enrol button");

        // 5. credit repair: past the minimum period the firm applies on its credit page, regulator01 approves
        Fixtures.sql("UPDATE credit_list_entry SET start_date = ? WHERE id = ?", CreditLists.today().minusDays(100), entry);
        open("/firm/index.xhtml");
        driver.findElement(By.id("my-credit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repair:reason")))
                .sendKeys("已建立投标材料三级审核制度并完成全员诚信培训");
        Browser.upload(driver, "repair:files", TestFiles.pdf("rectification-report.pdf"));
        driver.findElement(By.id("repair:submit")).click();
        waitForText(Texts.zh("credit.repair.applied"));
        // the application closes the form in the answer to it (one open application per entry), without a reload
        assertTrue(driver.findElements(By.id("repair")).isEmpty(), "no second application offered while this one is open");

        as("regulator01");
        open("/regulator/index.xhtml");
        driver.findElement(By.id("tool-credit-repairs")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@id='pending']//a[contains(., '" + name + "')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decide:approve"))).click();
        waitForText(Texts.zh("credit.repairs.approved"));

        // 6. the firm enrols
        as(firm);
        open("/notice.xhtml?id=" + open);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:enrolButton"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolment-receipt")));
        assertTrue(driver.findElement(By.id("enrol:messages")).getText().contains(Texts.zh("enrolment.done.ENROL")));
        assertFalse(driver.getPageSource().contains(Texts.zh("eligibility.BLACK_LISTED", end.toString())));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM enrolment WHERE notice_id = ? AND status = 'ACTIVE'", open));
    }
}
