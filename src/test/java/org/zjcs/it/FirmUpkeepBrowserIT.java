package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.RegistrationReviewPage;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * A firm keeps its data up to date (issue 16 part 8): it adds a service item, is refused one that needs a
 * qualification it lacks, submits a change of its name; the operator approves the change on the one review page, and
 * the public directory shows the new name.
 */
class FirmUpkeepBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void start(String user, String password) {
        if (driver != null) {
            driver.quit();
        }
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.login(driver, user, password);
    }

    private void waitFor(String formMessages, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(formMessages), text));
    }

    private void add(long item) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itemsForm:addItem"))))
                .selectByValue(String.valueOf(item));
        Browser.click(driver, "itemsForm:add");
    }

    @Test
    void aFirmAddsAnItemIsRefusedOneItsQualificationsDoNotAllowAndItsNewNameIsApproved() throws Exception {
        String user = FirmUpkeepIT.firm(FirmUpkeepIT.SOIL);
        long org = Fixtures.orgOf(user);
        String oldName = Fixtures.text("SELECT name FROM organisation WHERE id = ?", org);
        String newName = "验证用更名机构 " + org + " 有限公司";

        start(user, It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        Browser.click(driver, "firm-upkeep");
        wait.until(ExpectedConditions.textToBe(By.id("upkeep-title"), Texts.zh("firm.upkeep.title")));

        add(FirmUpkeepIT.ENERGY);
        waitFor("messages", Texts.zh("firm.upkeep.itemAdded", "节能评估报告编制"));
        assertTrue(driver.findElement(By.id("offered")).getText().contains("ZJ004"), "listed among the items offered");

        add(FirmUpkeepIT.MAPPING);
        waitFor("messages", "测绘资质（乙级及以上）");
        assertFalse(driver.findElement(By.id("offered")).getText().contains("ZJ008"), "refused: not offered");

        WebElement name = driver.findElement(By.id("licenceForm:name"));
        name.clear();
        name.sendKeys(newName);
        Browser.upload(driver, "licenceForm:licence", TestFiles.pdf("营业执照.pdf"));
        Browser.click(driver, "licenceForm:submitLicence");
        waitFor("messages", Texts.zh("firm.upkeep.licenceSubmitted"));
        assertTrue(driver.findElement(By.id("change-status")).getText().contains(Texts.zh("firm.upkeep.change.status.SUBMITTED")));
        assertTrue(driver.findElement(By.id("current-name")).getText().contains(oldName), "the old name stays until approval");

        start("operator01", It.DEMO_PASSWORD);
        driver.findElement(By.id("tool-licence-changes")).click();
        RegistrationReviewPage review = new RegistrationReviewPage(driver, wait).open(FirmUpkeepIT.REVIEWS, oldName);
        assertTrue(driver.findElement(By.id("new-name")).getText().contains(newName), "old and new side by side");
        review.approve(Texts.zh("review.approved", newName));

        driver.get(It.baseUrl() + "/firms.xhtml?name=" + java.net.URLEncoder.encode("验证用更名机构 " + org,
                java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), newName));
        assertTrue(new WebClient().get("/firm-profile.xhtml?id=" + org).body().contains(newName));
    }
}
