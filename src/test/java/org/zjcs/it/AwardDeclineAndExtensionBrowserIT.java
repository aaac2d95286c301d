package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
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
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * Browser journeys of issue 6 around the contract: the winner declines the award (放弃中选) on the contract page and the
 * owner takes the runner-up on its selection page; the winning firm asks to extend the service period and the owner
 * approves it on the contract page.
 */
class AwardDeclineAndExtensionBrowserIT {

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

    private void as(String user) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, user, It.DEMO_PASSWORD);
    }

    private void open(String path) {
        driver.get(It.baseUrl() + path);
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().trim();
    }

    private void clickAndAccept(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void theWinnerDeclinesAndTheOwnerTakesTheRunnerUpFromTheSameProof() throws Exception {
        List<String> firms = Fixtures.firms(2, AwardDeclineIT.ITEM);
        long notice = AwardDeclineIT.awarded("Browser decline", firms, List.of(52000, 53000), 1);
        String runnerUp = Fixtures.text("SELECT name FROM organisation WHERE id = ?", Fixtures.orgOf(firms.get(1)));
        String proof = Fixtures.text("SELECT proof_hash FROM selection_result WHERE notice_id = ? AND round = 1", notice);

        // the winner declines on its contract page
        as(firms.get(0));
        open(ContractIT.page(notice));
        driver.findElement(By.id("decline:declineReason")).sendKeys("项目负责人离职，无法按期提供服务");
        clickAndAccept(By.id("decline:declineAward"));
        assertTrue(text(By.id("messages")).contains(Texts.zh("decline.done")));
        assertEquals(Texts.zh("notice.status.DECLINED"), text(By.id("notice-status")));
        assertTrue(driver.findElements(By.id("decline")).isEmpty(), "declined once: no form any more");

        // the owner sees the runner-up and takes it
        as("owner01");
        open("/owner/selection.xhtml?id=" + notice);
        assertEquals(runnerUp, text(By.id("runner-up-firm")));
        assertEquals("2", text(By.id("runner-up-rank")));
        clickAndAccept(By.id("declined:takeRunnerUp"));
        wait.until(ExpectedConditions.textToBe(By.id("notice-status"), Texts.zh("notice.status.ANNOUNCED")));
        assertEquals(proof, Fixtures.text("SELECT proof_hash FROM selection_result WHERE notice_id = ? AND round = 2", notice),
                "the runner-up comes from the same proof");

        // the public notice names the runner-up as the winner of round 2, in English too
        open("/notice.xhtml?id=" + notice + "&lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("notice-status"), Texts.en("notice.status.ANNOUNCED")));
        assertEquals(runnerUp, text(By.cssSelector("#result-2 .zj-winner")));
        assertTrue(text(By.id("result-2")).contains(Texts.en("selection.runnerUp", 1)), "marked as the runner-up of round 1");
    }

    @Test
    void theFirmAsksToExtendTheServicePeriodAndTheOwnerApproves() throws Exception {
        Object[] contracted = DeliverableIT.contracted("Browser extension");
        long notice = (long) contracted[0];
        String firm = (String) contracted[1];
        LocalDate end = LocalDate.parse(Fixtures.text("SELECT service_end FROM contract_version WHERE notice_id = ? "
                + "AND status = 'CONFIRMED'", notice));
        LocalDate later = end.plusDays(60);

        as(firm);
        open(ContractIT.page(notice));
        assertEquals(end.toString(), text(By.id("service-end")));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('extension:extensionEnd').value = arguments[0];",
                later.toString());
        driver.findElement(By.id("extension:extensionReason")).sendKeys("业主调整了项目红线，需补充现场踏勘");
        driver.findElement(By.id("extension:requestExtension")).click();
        assertTrue(text(By.id("messages")).contains(Texts.zh("extension.requested")));
        assertTrue(driver.findElements(By.id("extension")).isEmpty(), "one request at a time: the form is gone");
        text(By.id("extension-waiting"));

        as("owner01");
        open(ContractIT.page(notice));
        assertEquals(Texts.zh("extension.status.REQUESTED"), text(By.cssSelector("#extensions .extension-status")));
        driver.findElement(By.id("extensionAnswer:approveExtension")).click();
        assertTrue(text(By.id("messages")).contains(Texts.zh("extension.approved")));
        assertEquals(later.toString(), text(By.id("service-end")), "the service period now ends later");
        assertEquals(Texts.zh("extension.status.APPROVED"), text(By.cssSelector("#extensions .extension-status")));
    }
}
