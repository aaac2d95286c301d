package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * Browser journey of the rule table: a regulator publishes a new version on its page (one changed value, a note, at
 * once, through the confirm dialog) → the public rule table shows it in force and keeps the earlier version.
 */
class CreditRulesBrowserIT {

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
    void aRegulatorPublishesANewVersionAndThePublicTableShowsIt() throws Exception {
        long before = Fixtures.number("SELECT MAX(version_no) FROM credit_rule_version");
        long late = Fixtures.number("SELECT r.points FROM credit_rule r JOIN credit_rule_version v ON v.id = r.version_id "
                + "WHERE v.version_no = ? AND r.code = 'CONTRACT_FILED_LATE'", before);
        long changed = late - 1;

        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/regulator/credit-rules.xhtml");
        WebElement points = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[.//code[text()='CONTRACT_FILED_LATE']]//input")));
        assertEquals(String.valueOf(late), points.getAttribute("value"), "prefilled with the points in force");
        points.clear();
        points.sendKeys(String.valueOf(changed));
        driver.findElement(By.id("rulesForm:note")).sendKeys("逾期备案情形增多，加大扣分力度");
        driver.findElement(By.id("rulesForm:publish")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:messages"),
                Texts.zh("credit.rules.published", before + 1)));

        driver.get(It.baseUrl() + "/credit-rules.xhtml");
        String inForce = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("in-force"))).getText();
        assertTrue(inForce.contains(String.valueOf(before + 1)), inForce);
        assertTrue(driver.findElement(By.id("rule-CONTRACT_FILED_LATE")).getText().contains(String.valueOf(changed)),
                "the new points are in force");
        assertTrue(!driver.findElements(By.id("version-" + before)).isEmpty(), "the earlier version stays published");
        assertEquals(late, Fixtures.number("SELECT r.points FROM credit_rule r JOIN credit_rule_version v "
                + "ON v.id = r.version_id WHERE v.version_no = ? AND r.code = 'CONTRACT_FILED_LATE'", before),
                "and unchanged");
    }
}
