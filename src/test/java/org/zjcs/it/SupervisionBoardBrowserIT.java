package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The board's journey in the browser: a regulator opens 电子监察 from the workspace, sees the approval department with
 * an overdue check in red (chart and table), drills down to the overdue items of that department, finds the check and
 * opens its case timeline; then reads the board in English.
 */
class SupervisionBoardBrowserIT {

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

    @Test
    void aRegulatorFindsAnOverdueDepartmentCheckAndDrillsDownToTheCaseTimeline() throws Exception {
        BoardFixtures f = BoardFixtures.insert();
        long check = f.overdueCheck();
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/regulator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-board"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("board-title"), Texts.zh("board.title")));

        // the department, red, in the table beside the chart (Chart.js drew on its canvas)
        WebElement department = driver.findElement(By.cssSelector("#board-counts tr[data-key='" + BoardFixtures.DEPT + "']"));
        assertEquals("RED", department.getDomAttribute("data-rag"));
        assertTrue(department.getText().contains("西安市新城区行政审批服务局"), department.getText());
        assertTrue(department.getText().contains(Texts.zh("board.rag.RED")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#counts-chart canvas'); return c != null && c.width > 0"));

        // drill down: the department's overdue items, most overdue first; the check and its case timeline
        scrollTo(department.findElement(By.cssSelector("a.zj-board-drill"))).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-board-item[data-id='" + check + "']")));
        assertTrue(driver.getCurrentUrl().contains("state=OVERDUE"), driver.getCurrentUrl());
        assertEquals("DEPARTMENT_CHECK", row.getDomAttribute("data-kind"));
        assertTrue(row.getText().contains(Texts.zh("board.kind.DEPARTMENT_CHECK")), row.getText());
        WebElement timeline = row.findElement(By.cssSelector("a.zj-board-case-link"));
        assertTrue(timeline.getText().contains(f.caseNumber));
        scrollTo(timeline).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-timeline-entry[data-kind='NOTICE_PUBLISHED']")));
        assertTrue(driver.findElement(By.cssSelector("h2.zj-timeline-case")).getText().contains(f.caseNumber));

        // the board in English
        driver.get(It.baseUrl() + "/regulator/board.xhtml?dim=DEPARTMENT&value=" + BoardFixtures.DEPT + "&state=OVERDUE&lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("board-title"), Texts.en("board.title")));
        WebElement en = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-board-item[data-id='" + check + "']")));
        assertTrue(en.getText().contains(Texts.en("board.kind.DEPARTMENT_CHECK")), en.getText());
        assertTrue(driver.findElement(By.id("board-counts-title")).getText().contains(Texts.en("board.dimension.DEPARTMENT")));
    }

    private WebElement scrollTo(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        return e;
    }
}
