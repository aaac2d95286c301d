package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
import org.zjcs.support.Texts;

/**
 * The 通报 journey of issue 17 in the browser: a regulator opens the month's rankings (tables with their charts), ticks a
 * department that missed limits, drafts a 通报 from the ranking, publishes it; a visitor who is not logged in finds it
 * on the public list and reads it — in Chinese, then in English.
 */
class BulletinBrowserIT {

    static final Instant MID = Instant.parse("2024-07-10T02:00:00Z");
    /** Text nodes with a Chinese character outside elements marked lang="zh…" (as EnglishPagesBrowserIT checks). */
    static final String CHINESE_OUTSIDE_DATA = """
            const cjk = /[\\u2E80-\\u2FFF\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF]/;
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const parent = walker.currentNode.parentElement;
              if (!cjk.test(walker.currentNode.textContent) || parent.closest('script, style, noscript, [aria-hidden="true"]')) continue;
              if (parent.closest('[lang^="zh"]')) continue;
              found.push(parent.tagName + ': ' + walker.currentNode.textContent.trim());
            }
            return found;""";

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

    private void open(String path) {
        driver.get(It.baseUrl() + path);
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    @Test
    void aRegulatorPublishesABulletinFromTheRankingAndAVisitorReadsIt() throws Exception {
        String name = "浏览器通报测试局" + System.nanoTime();
        long department = RankFixtures.organisation("DEPARTMENT", name);
        RankFixtures.onTime("DEPARTMENT", department, 4, MID);
        RankFixtures.late("DEPARTMENT", department, 2, MID); // 6 closed, 2 late: 66.7 %
        String title = "关于2024年7月审批部门超时办理情况的通报 " + System.nanoTime() % 100000;

        // the regulator opens the rankings from its workspace and picks the month
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        open("/regulator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-rankings"))).click();
        waitForText(Texts.zh("rank.kind.DEPARTMENT"));
        open("/regulator/rankings.xhtml?month=2024-07");
        waitForText(name);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='chart-DEPARTMENT'] canvas")));

        // ticks the department, sets the title and drafts the 通报
        Browser.click(driver, "unit-DEPARTMENT-" + department);
        WebElement t = driver.findElement(By.id("draft:title"));
        t.clear();
        t.sendKeys(title);
        Browser.click(driver, "draft:create");
        waitForText(Texts.zh("rank.bulletin.drafted"));
        long id = Fixtures.number("SELECT MAX(id) FROM bulletin WHERE title = ?", title);
        assertEquals("DRAFT", Fixtures.text("SELECT state FROM bulletin WHERE id = ?", id));
        assertTrue(driver.findElement(By.id("bulletin-units")).getText().contains(name));

        // publishes it (after the confirmation)
        Browser.click(driver, "edit:publish");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitForText(Texts.zh("rank.bulletin.published"));
        assertEquals("PUBLISHED", Fixtures.text("SELECT state FROM bulletin WHERE id = ?", id));

        // a visitor (logged out) finds it on the public list, linked from the home page, and reads it
        driver.manage().deleteAllCookies();
        open("/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("home-bulletins"))).click();
        wait.until(d -> {
            d.navigate().refresh(); // the public list may be served from a cache up to a second old
            return d.getPageSource().contains(title);
        });
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin-title"), title));
        assertTrue(driver.getTitle().startsWith(title), driver.getTitle());
        String units = driver.findElement(By.id("bulletin-units")).getText();
        assertTrue(units.contains(name) && units.contains("66.7%") && units.contains(Texts.zh("rank.unit.DEPARTMENT")), units);

        // and in English
        open("/bulletin.xhtml?id=" + id + "&lang=en");
        waitForText(Texts.en("rank.bulletin.units"));
        assertTrue(driver.findElement(By.id("bulletin-units")).getText().contains(Texts.en("rank.col.onTimeRate")));
        assertTrue(driver.findElement(By.id("bulletin-units")).getText().contains(Texts.en("rank.unit.DEPARTMENT")));
        assertEquals(java.util.List.of(), ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(CHINESE_OUTSIDE_DATA),
                "no Chinese interface text on the English page (the 通报's own texts are marked lang=zh-CN)");
        open("/bulletins.xhtml?lang=en");
        waitForText(Texts.en("rank.public.lead"));
        assertTrue(driver.getPageSource().contains(title));
    }
}
