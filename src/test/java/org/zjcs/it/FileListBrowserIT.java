package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * The multi-file upload component (shared.web.UploadList, WEB-INF/includes/file-list.xhtml) on the deliverables page:
 * several files chosen at once, kept attached when the submit is refused, one removed, the rest submitted without
 * choosing them again.
 */
class FileListBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the removal re-renders the list while it is read
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Waits until the page's messages contain {@code text}, reading them afresh each time: right after a submit the old
     * page's messages element may still be found and then vanish with the new page.
     */
    private void awaitMessage(String text) {
        wait.withMessage(() -> "the messages read " + text).until(d -> {
            try {
                return d.findElement(By.id("messages")).getText().contains(text);
            } catch (WebDriverException gone) {
                return false;
            }
        });
    }

    private List<String> attached() {
        return driver.findElements(By.cssSelector("#upload .zj-held-file .zj-held-name")).stream().map(WebElement::getText)
                .toList();
    }

    @Test
    void filesChosenTogetherStayAttachedAfterARefusalAndOneCanBeRemoved() throws Exception {
        Object[] a = DeliverableIT.contracted("File list browser");
        long notice = (long) a[0];
        driver.manage().deleteAllCookies();
        Browser.login(driver, (String) a[1], It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + DeliverableIT.page(notice));

        Path report = TestFiles.pdf("survey-report.pdf");
        Path annex = TestFiles.pdf("photo-annex.pdf");
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[type=file][id^='upload:files']")));
        input.sendKeys(report.toAbsolutePath() + "\n" + annex.toAbsolutePath());
        assertEquals(2L, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return arguments[0].files.length;", input));
        driver.findElement(By.id("upload:submit")).click(); // no note: refused
        awaitMessage(Texts.zh("deliverable.error.noteRequired"));
        List<String> both = attached();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.get(0).contains("survey-report.pdf") && both.get(1).contains("photo-annex.pdf"), both.toString());

        driver.findElement(By.id("upload:files-remove-0")).click();
        wait.until(d -> attached().size() == 1);
        assertTrue(attached().get(0).contains("photo-annex.pdf"), attached().toString());

        driver.findElement(By.id("upload:note")).sendKeys("Photo annex");
        driver.findElement(By.id("upload:submit")).click();
        awaitMessage(Texts.zh("deliverable.submitted"));
        assertEquals(1, Fixtures.number("SELECT COUNT(*) FROM deliverable_file f JOIN deliverable d ON d.id = f.deliverable_id "
                + "WHERE d.notice_id = ?", notice), "only the file still attached is stored");
        assertEquals("IN_SERVICE", Fixtures.status(notice));
    }
}
