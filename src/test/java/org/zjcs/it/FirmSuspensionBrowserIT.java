package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** The operator suspends a firm with a reason (it leaves the directory, it is told), then reinstates it. */
class FirmSuspensionBrowserIT {

    private static final String FIRM = "西安华测地理信息技术有限公司";

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void login() {
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

    private WebElement row() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='firmsForm:firms_data']/tr[td[contains(., '" + FIRM + "')]]")));
    }

    @Test
    void suspendWithAReasonThenReinstate() throws Exception {
        driver.findElement(By.id("tool-firms")).click();
        row().findElement(By.xpath(".//button[contains(@id, 'suspend')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firmsForm:messages"), "必须写明原因"));

        row().findElement(By.xpath(".//input[contains(@id, 'reason')]")).sendKeys("资质证书涉嫌伪造，调查期间暂停。");
        row().findElement(By.xpath(".//button[contains(@id, 'suspend')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firmsForm:messages"), FIRM + " 已暂停"));
        assertFalse(new WebClient().get("/firms.xhtml").body().contains(FIRM), "a suspended firm leaves the directory");
        try (Connection c = It.db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = 1002 "
                     + "AND message_key = 'notification.firm.suspended'")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1, "the firm is told");
        }

        row().findElement(By.xpath(".//input[contains(@id, 'reason')]")).sendKeys("调查结束，证书真实有效。");
        row().findElement(By.xpath(".//button[contains(@id, 'reinstate')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firmsForm:messages"), FIRM + " 已恢复"));
        assertTrue(new WebClient().get("/firms.xhtml").body().contains(FIRM), "reinstated, it is back");
    }
}
