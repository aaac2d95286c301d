package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.zjcs.support.It;

/** Browser journey: firm01 sees the bell with its count, opens the inbox, marks a notice read, and the count drops. */
class NotificationBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
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
    void firm01MarksANoticeReadAndTheBellCountsOneLess() throws Exception {
        NotificationIT.insert(1001L, null, "notification.welcome", "[\"浏览器测试\"]", "/catalog.xhtml");

        driver.get(It.baseUrl() + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys("firm01");
        driver.findElement(By.id("loginForm:password")).sendKeys(It.DEMO_PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));

        long expected = NotificationIT.unreadInDb(1001, 1001);
        WebElement bell = driver.findElement(By.id("nav-notifications"));
        assertEquals(String.valueOf(expected), driver.findElement(By.id("notification-count")).getText());
        assertEquals("通知（" + expected + " 条未读）", bell.getAttribute("aria-label"));

        bell.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications-title")));
        assertTrue(driver.findElement(By.id("inboxForm:notifications")).getText().contains("欢迎使用中介服务网上超市。浏览器测试 的账户已经开通"));
        List<WebElement> unreadRows = driver.findElements(By.cssSelector("#inboxForm\\:notifications_data > tr.zj-unread"));
        assertEquals(expected, unreadRows.size() , "every unread notice is a bold row (all fit on the first page)");
        assertEquals("700", unreadRows.get(0).findElement(By.tagName("td")).getCssValue("font-weight"), "unread is bold");

        unreadRows.get(0).findElement(By.cssSelector("button[id$=':markRead']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inboxForm:messages"), "已将这条通知标为已读"));
        String after = String.valueOf(expected - 1);
        if (expected - 1 == 0) {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("notification-count")));
        } else {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification-count"), after));
            assertEquals(after, driver.findElement(By.id("notification-count")).getText());
        }
        assertEquals(expected - 1, NotificationIT.unreadInDb(1001, 1001));
        assertEquals(expected - 1,
                driver.findElements(By.cssSelector("#inboxForm\\:notifications_data > tr.zj-unread")).size());
    }
}
