package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The operator's settings journey in a browser, in both languages: open the page from the workspace, change a value in
 * the dialog (a bad value is refused with its reason and nothing changes), see the new value in the table, reset it
 * to the default; no Content-Security-Policy violation on the way.
 */
class SettingsBrowserIT {

    private static final String KEY = "notice.enrolment.min-working-days";
    private static final String WATCH = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);"
            + "});";

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void loginAsOperator() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        Browser.login(driver, "operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
    }

    @AfterEach
    void close() throws Exception {
        Fixtures.sql("UPDATE setting SET value = '3', version = version + 1 WHERE setting_key = ?", KEY);
        if (driver != null) {
            driver.quit();
        }
    }

    private String shown() {
        return driver.findElement(By.id("value-" + KEY)).getText().trim();
    }

    private void openDialog() {
        WebElement edit = driver.findElement(By.xpath("//strong[@id='value-" + KEY + "']/ancestor::tr//button"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", edit);
        edit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:value")));
    }

    private void type(String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("editForm:value")));
        input.clear();
        input.sendKeys(value);
        driver.findElement(By.id("editForm:save")).click();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || [];");
    }

    @Test
    void theOperatorChangesAValueSeesItAndResetsItInBothLanguages() throws Exception {
        driver.findElement(By.id("tool-settings")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings-title")));
        assertEquals(Texts.zh("page.settings.title"), driver.findElement(By.id("settings-title")).getText());
        assertEquals("3", shown());
        String name = Texts.zh("setting." + KEY + ".name");

        openDialog();
        assertEquals(name, driver.findElement(By.id("edit-name")).getText());
        type("abc");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:messages"),
                Texts.zh("setting.error.notInteger", name, "abc")));
        assertEquals("3", Fixtures.text("SELECT value FROM setting WHERE setting_key = ?", KEY), "nothing stored");
        type("61");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:messages"),
                Texts.zh("setting.error.outOfRange", name, "61", "1", "60")));

        type("4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:messages"),
                Texts.zh("setting.saved", name, "4")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        wait.until(d -> "4".equals(shown()));
        assertEquals("4", Fixtures.text("SELECT value FROM setting WHERE setting_key = ?", KEY));

        // the same page in English
        driver.get(It.baseUrl() + "/operator/settings.xhtml?lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("settings-title"), Texts.en("page.settings.title")));
        String en = Texts.en("setting." + KEY + ".name");
        assertTrue(driver.getPageSource().contains(Texts.en("setting.group.NOTICES")));
        assertEquals("4", shown());
        openDialog();
        type("1.5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editForm:messages"),
                Texts.en("setting.error.notInteger", en, "1.5")));
        driver.findElement(By.id("editForm:reset")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settingsForm:messages"),
                Texts.en("setting.resetDone", en, "3")));
        wait.until(d -> "3".equals(shown()));
        assertEquals("3", Fixtures.text("SELECT value FROM setting WHERE setting_key = ?", KEY));
        assertEquals(List.of(), violations(), "CSP violations on the settings page");
        driver.get(It.baseUrl() + "/operator/settings.xhtml?lang=zh-CN");
    }
}
