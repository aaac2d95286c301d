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
import org.zjcs.support.It;

/** Browser journey: the Chinese home page, the switch to English, a firm logs in, sees its workspace, logs out. */
class HomeAndLoginBrowserIT {

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

    private String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    @Test
    void homeInChineseThenEnglishThenFirmLoginAndLogout() {
        driver.get(It.baseUrl() + "/");
        assertEquals("中介服务网上超市", text("home-title"));
        assertTrue(driver.getTitle().contains("中介服务网上超市"), driver.getTitle());
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getAttribute("lang"));

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("home-title"), "Online Intermediary Services Marketplace"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));

        driver.findElement(By.id("nav-login")).click();
        assertEquals("Log in", text("login-title"));
        driver.findElement(By.id("loginForm:username")).sendKeys("firm01");
        driver.findElement(By.id("loginForm:password")).sendKeys(It.DEMO_PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();

        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        assertEquals("Intermediary firm workspace", text("workspace-title"));
        assertEquals("陕西秦川环境工程咨询有限公司", text("summary-organisation"));
        assertTrue(text("current-user").contains("李娜"));

        driver.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("workspace-title"), "中介服务机构工作台"));

        driver.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.urlContains("/index.xhtml"));
        assertEquals("中介服务网上超市", text("home-title"));
        assertTrue(driver.findElements(By.id("logoutForm:logout")).isEmpty(), "logged out");
        driver.get(It.baseUrl() + "/firm/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void aWrongPasswordShowsTheReasonOnThePage() {
        driver.get(It.baseUrl() + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys("owner01");
        driver.findElement(By.id("loginForm:password")).sendKeys("not-it");
        driver.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"), "登录名或密码错误"));
    }
}
