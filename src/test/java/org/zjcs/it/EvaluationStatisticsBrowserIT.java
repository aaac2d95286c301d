package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.zjcs.support.Texts;

/**
 * The regulator's 好差评 journey in the browser: from the workspace to the statistics (table and bar chart), switching
 * the grouping to approval departments, then the 差评 ledger filtered to one firm's lines awaiting follow-up, where the
 * regulator records the follow-up (整改情况) of a bad evaluation, which then reads 已整改; the page in English too.
 */
class EvaluationStatisticsBrowserIT {

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

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    @Test
    void aRegulatorReadsTheStatisticsSwitchesTheGroupingAndFollowsUpABadEvaluation() throws Exception {
        String firmUser = Fixtures.firm(ContractIT.ITEM);
        long firm = Fixtures.orgOf(firmUser);
        long owner = Fixtures.orgOf("owner01");
        // a 差评 given 20 days ago (past its appeal period, no appeal): awaiting follow-up
        LocalDateTime given = LocalDateTime.ofInstant(TestClock.now().minus(20, ChronoUnit.DAYS), ZoneOffset.UTC);
        long fakeNotice = 910_000_000L + firm;
        Fixtures.sql("INSERT INTO evaluation (notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at, "
                + "quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by) "
                + "VALUES (?, '差评台账浏览器测试项目', 0, ?, ?, ?, ?, 2, 1, 2, 3, 2, 'VERY_DISSATISFIED', '成果严重逾期', ?, 'owner01')",
                fakeNotice, owner, firm, given.minusDays(3), given.plusDays(1), given);
        long evaluation = Fixtures.number("SELECT id FROM evaluation WHERE notice_id = ?", fakeNotice);
        String day = given.atZone(ZoneOffset.UTC).withZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        EvaluationSummaryIT.pass("?refoldFrom=" + day + "&refoldTo=" + day);   // the figures: from the daily summary

        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/regulator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-evaluation-stats"))).click();
        waitForText(Texts.zh("evalstat.regulator.title"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats-table")));
        assertTrue(driver.findElement(By.id("stats-table")).getText().contains(Texts.zh("evalstat.satisfaction")));
        assertFalse(driver.findElements(By.cssSelector("#satisfaction-chart canvas")).isEmpty(), "the bar chart is drawn");
        assertTrue(driver.getPageSource().contains(driver.findElement(By.cssSelector(".zj-stat-row .zj-stat-name")).getText()));

        Browser.click(driver, "dim-DEPARTMENT");
        wait.until(d -> d.getCurrentUrl().contains("dimension=DEPARTMENT"));
        wait.until(ExpectedConditions.attributeContains(By.id("dim-DEPARTMENT"), "class", "zj-current"));

        Browser.click(driver, "tab-ledger");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        new Select(driver.findElement(By.id("state"))).selectByValue("TO_RECTIFY");
        driver.findElement(By.id("firm")).sendKeys(String.valueOf(firm));
        Browser.click(driver, "show");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("followup-open-" + evaluation)));
        assertEquals(1, driver.findElements(By.cssSelector("tr.zj-ledger-row")).size());
        assertTrue(driver.findElement(By.cssSelector("tr.zj-ledger-row")).getText().contains("成果严重逾期"),
                "the regulator reads the comment");
        assertEquals(Texts.zh("evalstat.state.TO_RECTIFY"),
                driver.findElement(By.cssSelector("tr.zj-ledger-row .zj-ledger-state")).getText());
        // the state filter shows the state chosen (not the last option, as when every option was marked selected)
        assertEquals("TO_RECTIFY", new Select(driver.findElement(By.id("state"))).getFirstSelectedOption().getDomAttribute("value"));

        Browser.click(driver, "followup-open-" + evaluation);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followup:note")))
                .sendKeys("已约谈该机构负责人，责令在 10 个工作日内完成整改并提交说明。");
        Browser.click(driver, "followup:save");
        waitForText(Texts.zh("evalstat.followUp.recorded"));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM evaluation_follow_up WHERE evaluation_id = ?", evaluation));

        driver.get(It.baseUrl() + "/regulator/evaluations.xhtml?tab=ledger&state=RECTIFIED&firm=" + firm);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-ledger-row")));
        assertEquals(Texts.zh("evalstat.state.RECTIFIED"),
                driver.findElement(By.cssSelector("tr.zj-ledger-row .zj-ledger-state")).getText());
        assertTrue(driver.findElement(By.cssSelector("tr.zj-ledger-row")).getText().contains("已约谈该机构负责人"));

        driver.get(It.baseUrl() + "/regulator/evaluations.xhtml?tab=ledger&state=RECTIFIED&firm=" + firm + "&lang=en");
        waitForText(Texts.en("evalstat.regulator.title"));
        assertEquals(Texts.en("evalstat.state.RECTIFIED"),
                driver.findElement(By.cssSelector("tr.zj-ledger-row .zj-ledger-state")).getText());
        driver.get(It.baseUrl() + "/regulator/evaluations.xhtml?dimension=SERVICE_ITEM&lang=en");
        waitForText(Texts.en("evalstat.dimension.SERVICE_ITEM"));
    }
}
