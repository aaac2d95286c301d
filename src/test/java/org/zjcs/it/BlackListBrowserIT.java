package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.orgOf;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * A regulator black-lists a firm on the page → the firm cannot enrol on a new notice → (the entry's start moved back past
 * the minimum period) the firm applies for credit repair with evidence → the regulator approves → the firm can enrol.
 */
class BlackListBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    private void as(String user) {
        if (driver != null) {
            driver.quit();
        }
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.login(driver, user, It.DEMO_PASSWORD);
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
    void blackListedThenRepairedAndEnrolledAgain() throws Exception {
        String user = Fixtures.firm(SelectionIT.ITEM);
        long firm = orgOf(user);
        String name = Fixtures.text("SELECT name FROM organisation WHERE id = ?", firm);
        LocalDate end = CreditLists.today().plusDays(180);
        Path evidence = TestFiles.pdf("penalty-decision.pdf");

        as("regulator01");
        driver.get(It.baseUrl() + "/regulator/index.xhtml");
        driver.findElement(By.id("tool-credit-lists")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("listsForm:new"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:reason")));
        new Select(driver.findElement(By.id("entry:firm"))).selectByVisibleText(name);
        driver.findElement(By.id("entry:reason")).sendKeys("投标中提供虚假业绩证明材料");
        driver.findElement(By.id("entry:legalBasis")).sendKeys("《网上中介服务超市管理办法》第二十八条");
        driver.findElement(By.id("entry:endDate")).sendKeys(end.toString());
        Browser.upload(driver, "entry:file1", evidence);
        driver.findElement(By.id("entry:save")).click();
        waitForText(Texts.zh("credit.admin.listed"));
        long entry = Fixtures.number("SELECT MAX(id) FROM credit_list_entry WHERE firm_id = ? AND kind = 'BLACK'", firm);
        assertTrue(entry > 0, "the firm is on the black list");

        long notice = EligibilityIT.openNotice(SelectionIT.ITEM, null);
        as(user);
        driver.get(It.baseUrl() + "/notice.xhtml?id=" + notice);
        waitForText(Texts.zh("eligibility.BLACK_LISTED", end.toString()));
        assertTrue(driver.findElements(By.id("enrol:enrolButton")).isEmpty(), "no enrol button");

        Fixtures.sql("UPDATE credit_list_entry SET start_date = ? WHERE id = ?", CreditLists.today().minusDays(100), entry);
        driver.get(It.baseUrl() + "/firm/index.xhtml");
        driver.findElement(By.id("my-credit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("repair:reason")))
                .sendKeys("已建立投标材料三级审核制度并完成全员诚信培训");
        Browser.upload(driver, "repair:file1", TestFiles.pdf("rectification-report.pdf"));
        driver.findElement(By.id("repair:submit")).click();
        waitForText(Texts.zh("credit.repair.applied"));

        as("regulator01");
        driver.get(It.baseUrl() + "/regulator/index.xhtml");
        driver.findElement(By.id("tool-credit-repairs")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//table[@id='pending']//a[contains(., '" + name + "')]")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decide:approve"))).click();
        waitForText(Texts.zh("credit.repairs.approved"));

        as(user);
        driver.get(It.baseUrl() + "/notice.xhtml?id=" + notice);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrol:enrolButton")));
        assertFalse(driver.getPageSource().contains(Texts.zh("eligibility.BLACK_LISTED", end.toString())),
                "after the approved repair it may enrol");
    }
}
