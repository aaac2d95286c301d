package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The articles in the browser (issue 18 item 3): an operator writes a platform notice in the editor (Quill, p:textEditor),
 * with a hostile link and an image with an event handler pasted in beside a safe link (hand-made hostile HTML posted to
 * the form is ArticlesIT's); publishes it after the confirmation; a visitor who is not logged in follows the footer to 通知公告,
 * opens it and reads it: the text and the safe link are there, no script ran, no javascript: link is left.
 */
class ArticleBrowserIT {

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
    void anOperatorPublishesANoticeWithAHostileLinkAndAVisitorReadsItWithoutTheScript() throws Exception {
        String title = "关于平台服务时间调整的通知 " + System.nanoTime() % 100000;
        Browser.login(driver, "operator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/operator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-articles"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-article"))).click();

        // the dialog: title, then the text typed into the editor, a hostile link pasted through the editor
        WebElement t = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article:title")));
        t.sendKeys(title);
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='article:body_editor'] .ql-editor")));
        editor.click();
        editor.sendKeys("自2027年1月起，人工审核时间为工作日9:00至17:00。");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object pasted = js.executeScript("const w = Object.values(PrimeFaces.widgets).find(x => x && x.id === 'article:body');"
                + " if (!w || !w.editor) { return false; }"
                + " w.editor.clipboard.dangerouslyPasteHTML(w.editor.getLength(), '<p><a href=\"javascript:alert(1)\">点此领取</a>'"
                + " + ' <img src=\"x\" onerror=\"window.zjcsPwned = 1\"> <a href=\"https://www.xa.gov.cn/\">西安市人民政府</a></p>');"
                + " return true;");
        assertEquals(Boolean.TRUE, pasted, "the editor (Quill) is there");
        Browser.click(driver, "article:save");
        waitForText(Texts.zh("article.admin.created"));
        long id = Fixtures.number("SELECT id FROM article WHERE title = ?", title);
        String stored = Fixtures.text("SELECT body FROM article WHERE id = ?", id);
        assertFalse(stored.toLowerCase().contains("script") || stored.contains("onerror"), stored);
        assertTrue(stored.contains("人工审核时间"), "the typed text is stored: " + stored);

        // the preview shows it; publishing asks first
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-title"), title));
        Browser.click(driver, "actions:publish");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        waitForText(Texts.zh("article.admin.published"));
        assertEquals("PUBLISHED", Fixtures.text("SELECT state FROM article WHERE id = ?", id));

        // a visitor follows the footer to 通知公告 and reads it
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("footer-announcements"))).click();
        wait.until(d -> {
            d.navigate().refresh(); // the public list may be served from a cache up to a second old
            return d.getPageSource().contains(title);
        });
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), title));
        assertTrue(driver.getTitle().startsWith(title), driver.getTitle());
        WebElement body = driver.findElement(By.id("article-body"));
        assertTrue(body.getText().contains("人工审核时间为工作日9:00至17:00"), body.getText());
        assertTrue(body.getText().contains("西安市人民政府") && body.getText().contains("点此领取"), body.getText());
        assertEquals("nofollow noopener", driver.findElement(By.linkText("西安市人民政府")).getAttribute("rel"));
        String html = body.getAttribute("innerHTML").toLowerCase();
        assertFalse(html.contains("<script") || html.contains("javascript:") || html.contains("onerror"), html);
        assertTrue(body.findElements(By.tagName("img")).isEmpty(), "the foreign image is gone");
        assertEquals(null, js.executeScript("return window.zjcsPwned === undefined ? null : window.zjcsPwned;"),
                "no script of the article ran");
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert was opened by the article");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }

        // in English, the page's own texts change; the article's stay (marked lang=zh-CN)
        driver.get(It.baseUrl() + "/announcements.xhtml?lang=en");
        waitForText(Texts.en("article.announcements.description"));
        assertTrue(driver.getPageSource().contains(title));
    }
}
