package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
 * A visitor who is not logged in opens the home page, goes to 中选公告, opens a result's notice and follows it to the
 * verification of its draw.
 */
class PortalBrowserIT {

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
    void aVisitorGoesFromTheHomePageToAResultAndVerifiesItsDraw() {
        driver.get(It.baseUrl() + "/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("home-results"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertTrue(driver.getTitle().startsWith(Texts.zh("portal.results.title")), driver.getTitle());
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.zj-result-row[data-notice='8012']"));
        WebElement row = rows.isEmpty() ? driver.findElement(By.cssSelector("tr.zj-result-row")) : rows.get(0);
        String winner = row.findElement(By.className("zj-result-winner")).getText();
        String notice = row.getAttribute("data-notice");
        row.findElement(By.className("zj-result-notice")).click();
        wait.until(ExpectedConditions.urlContains("notice.xhtml?id=" + notice));
        assertTrue(driver.getPageSource().contains(winner), "the notice page names the winner");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.zj-verify-link"))).click();
        wait.until(ExpectedConditions.urlContains("verify.xhtml?notice=" + notice));
        WebElement ok = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-ok")));
        assertEquals(Texts.zh("verify.result.ok"), ok.getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnglishListShowsChineseOnlyAsMarkedData() {
        driver.get(It.baseUrl() + "/results.xhtml?lang=en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertTrue(driver.getTitle().startsWith(Texts.en("portal.results.title")), driver.getTitle());
        List<String> chinese = (List<String>) ((JavascriptExecutor) driver).executeScript(BulletinBrowserIT.CHINESE_OUTSIDE_DATA);
        assertEquals(List.of(), chinese, "Chinese outside data on the English list");
    }
}
