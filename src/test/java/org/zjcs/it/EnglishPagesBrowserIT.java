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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * Issue 20: English pages show no Chinese fragment of the interface. What stays Chinese is data (names, legal bases,
 * the notice's texts, regions), and the page marks it with lang="zh-CN" (for screen readers, and for this test to tell
 * data from interface text). Qualification levels are reference data shown by their English names.
 */
class EnglishPagesBrowserIT {

    /**
     * Every text node with a Chinese character outside an element marked lang="zh…", with its parent's tag; decorations
     * hidden from screen readers (the logo's 介) are not text.
     */
    private static final String CHINESE_OUTSIDE_DATA = """
            const cjk = /[\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF]/;
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const parent = node.parentElement;
              if (!cjk.test(node.textContent) || parent.closest('script, style, noscript, [aria-hidden="true"]')) continue;
              if (parent.closest('[lang^="zh"]')) continue;
              found.push(parent.tagName + (parent.id ? '#' + parent.id : '') + ': ' + node.textContent.trim());
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

    @SuppressWarnings("unchecked")
    private List<String> chineseOutsideData() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CHINESE_OUTSIDE_DATA);
    }

    private void english(String path) {
        driver.get(It.baseUrl() + path + (path.contains("?") ? "&" : "?") + "lang=en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    }

    @Test
    void theCatalogInEnglishNamesLevelsInEnglishAndMarksTheChineseLegalTexts() {
        english("/catalog.xhtml");
        assertEquals(Texts.en("catalog.public.title"), driver.findElement(By.id("catalog-title")).getText().trim());
        String survey = driver.findElement(By.cssSelector("#item-ZJ006 .zj-requirements")).getText();
        assertTrue(survey.contains("Engineering survey qualification (" + Texts.en("qualification.level.乙级") + " or higher)"),
                "the level in English: " + survey);
        assertTrue(driver.findElements(By.cssSelector("#item-ZJ006 [lang='zh-CN']")).size() >= 2,
                "the legal basis and the approval items are marked as Chinese data");
        assertEquals(List.of(), chineseOutsideData(), "Chinese outside the data on the English catalogue");
    }

    @Test
    void aCorrectedNoticeAndASelectedNoticeInEnglishShowChineseOnlyAsData() {
        // 8003: a correction (reason and changed texts are data) and a requirement with a minimum level
        english("/notice.xhtml?id=8003");
        String requirements = driver.findElement(By.id("notice-requirements")).getText();
        assertTrue(requirements.contains(Texts.en("qualification.level.乙级") + " or higher"), requirements);
        assertTrue(!requirements.contains("乙级"), "no Chinese level in the English requirement: " + requirements);
        assertEquals("zh-CN", driver.findElement(By.id("notice-title")).getAttribute("lang"), "the title is data");
        assertEquals(List.of(), chineseOutsideData(), "Chinese outside the data on notice 8003 in English");

        // 8009: selected at the first start, with a winner, excluded firms and their reasons
        english("/notice.xhtml?id=8009");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selection")));
        assertEquals(List.of(), chineseOutsideData(), "Chinese outside the data on notice 8009 in English");
    }

    @Test
    void theProvinceFilterNamesProvincesInEnglish() {
        english("/notices.xhtml");
        By shaanxi = By.cssSelector("select[id$='province'] option[value='610000']");
        assertEquals("Shaanxi", driver.findElement(shaanxi).getAttribute("textContent").trim(), "V23's English name");
        driver.get(It.baseUrl() + "/notices.xhtml?lang=zh-CN");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertEquals("陕西省", driver.findElement(shaanxi).getAttribute("textContent").trim());
    }
}
