package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** Browser journeys of the operator: verify the audit chain; add a year to the working-day calendar. */
class OperatorBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void loginAsOperator() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.login(driver, "operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theOperatorVerifiesTheAuditChain() {
        driver.findElement(By.id("tool-audit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-title")));
        assertTrue(driver.findElement(By.id("auditForm:entries")).getText().contains("operator01"),
                "the operator's own login is in the log");
        driver.findElement(By.id("auditForm:verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:messages"), "哈希链完整"));
    }

    @Test
    void theOperatorAddsAYearAndTheCalendarUsesIt() {
        driver.findElement(By.id("tool-calendar")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-title")));
        assertTrue(driver.findElement(By.id("missing-year")).getText().contains("2027"),
                "the page says plainly that 2027 is not loaded");

        // A make-up working day on a weekday is refused with the reason; nothing is stored.
        fill("2030", "测试用通知（国办发明电〔2029〕1号）", "2030-10-01 国庆节\n2030-10-02 国庆节", "2030-10-08");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarForm:messages"), "不是周末"));
        HttpResponse<String> still = new WebClient().get("/api/calendar/days/2030-10-01");
        assertTrue(still.statusCode() == 409, "a refused year is not stored");

        // 2030-10-12 is a Saturday.
        fill("2030", "测试用通知（国办发明电〔2029〕1号）", "2030-10-01 国庆节\n2030-10-02 国庆节", "2030-10-12 国庆节");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendarForm:messages"), "2030 年的节假日安排已添加"));
        assertTrue(driver.findElement(By.id("calendarForm:years")).getText().contains("测试用通知"));

        HttpResponse<String> day = new WebClient().get("/api/calendar/days/2030-10-01");
        assertTrue(day.body().contains("\"workingDay\":false"), day.body());
        HttpResponse<String> sat = new WebClient().get("/api/calendar/days/2030-10-12");
        assertTrue(sat.body().contains("\"workingDay\":true"), sat.body());
    }

    private void fill(String year, String source, String holidays, String workdays) {
        var yearInput = driver.findElement(By.id("calendarForm:year_input"));
        yearInput.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), year);
        var sourceInput = driver.findElement(By.id("calendarForm:source"));
        sourceInput.clear();
        sourceInput.sendKeys(source);
        var h = driver.findElement(By.id("calendarForm:holidays"));
        h.clear();
        h.sendKeys(holidays);
        var w = driver.findElement(By.id("calendarForm:workdays"));
        w.clear();
        w.sendKeys(workdays);
        driver.findElement(By.id("calendarForm:add")).click();
    }
}
