package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;

/**
 * Browser journey: an approved firm adds a qualification with a PDF scan → the operator returns it (a return without
 * a reason is refused) → the firm reads the reason, corrects it and submits it again → the operator approves it →
 * it shows on the firm's public profile.
 */
class QualificationReviewBrowserIT {

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

    private void loginAs(String user, String workspace) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, user, It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains(workspace));
    }

    private void type(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private void choose(String id, String visibleText) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), visibleText));
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    private void messageSays(String formId, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(formId + ":messages"), text));
    }

    /** The operator opens the qualification with this certificate from the review queue. */
    private void openForReview(String certificate) {
        loginAs("operator01", "/operator/index.xhtml");
        driver.findElement(By.id("tool-qualification-reviews")).click();
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='qrForm:queue_data']/tr[td[contains(., '" + certificate + "')]]")));
        assertTrue(row.getText().contains("陕西秦川环境工程咨询有限公司"), row.getText());
        row.findElement(By.xpath(".//a[contains(@id, 'open')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("qualification-certificate"), certificate));
    }

    private WebElement firmRow(String certificate) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='qualForm:qualifications_data']/tr[td[contains(., '" + certificate + "')]]")));
    }

    @Test
    void addReturnCorrectApproveAndShowOnTheProfile() throws Exception {
        String certificate = "陕雷检字（乙）" + System.nanoTime() % 1_000_000;

        // The firm adds a qualification with its scan.
        loginAs("firm01", "/firm/index.xhtml");
        driver.findElement(By.id("manage-qualifications")).click();
        wait.until(ExpectedConditions.textToBe(By.id("form-title"), "添加资质"));
        choose("qualForm:qualType", "雷电防护装置检测资质");
        choose("qualForm:qualLevel", "乙级");
        type("qualForm:certificateNo", certificate);
        type("qualForm:issuer", "陕西省气象局");
        driver.findElement(By.id("qualForm:validFrom")).sendKeys("2024年3月1日");
        driver.findElement(By.id("qualForm:validTo")).sendKeys("2029/02/28");
        Browser.upload(driver, "qualForm:scan", TestFiles.pdf("lightning.pdf"));
        driver.findElement(By.id("qualForm:submit")).click();
        messageSays("qualForm", "资质已提交，等待运行机构审核");
        assertTrue(firmRow(certificate).getText().contains("待审核"));

        // The operator returns it; without a reason that is refused.
        openForReview(certificate);
        driver.findElement(By.id("qrForm:return")).click();
        messageSays("qrForm", "必须写明原因");
        type("qrForm:reason", "扫描件缺少证书副本，请上传正副本。");
        driver.findElement(By.id("qrForm:return")).click();
        messageSays("qrForm", "证书 " + certificate + " 已退回机构修改");

        // The firm reads the reason, corrects the qualification and submits it again with a new scan.
        loginAs("firm01", "/firm/index.xhtml");
        driver.get(It.baseUrl() + "/firm/qualifications.xhtml");
        WebElement row = firmRow(certificate);
        assertTrue(row.getText().contains("已退回") && row.getText().contains("扫描件缺少证书副本，请上传正副本。"), row.getText());
        row.findElement(By.linkText("修改")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form-title"), "修改退回的资质"));
        assertEquals(certificate, driver.findElement(By.id("qualForm:certificateNo")).getAttribute("value"), "prefilled");
        type("qualForm:issuer", "陕西省气象局（防雷减灾处）");
        Browser.upload(driver, "qualForm:scan", TestFiles.pdf("lightning-complete.pdf"));
        driver.findElement(By.id("qualForm:submit")).click();
        messageSays("qualForm", "已重新提交，等待运行机构审核");
        assertTrue(firmRow(certificate).getText().contains("待审核"));

        // The operator approves it, after confirming.
        openForReview(certificate);
        driver.findElement(By.id("qrForm:approve")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("qrForm:confirmYes"))).click();
        messageSays("qrForm", "证书 " + certificate + " 已审核通过");
        assertFalse(driver.findElement(By.id("qrForm:queue")).getText().contains(certificate), "left the queue");

        // It counts on the firm's public profile.
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/firm-profile.xhtml?id=1001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("qualifications"), certificate));
        String profile = driver.findElement(By.id("qualifications")).getText();
        assertTrue(profile.contains("雷电防护装置检测资质") && profile.contains("乙级")
                && profile.contains("陕西省气象局（防雷减灾处）"), profile);
    }
}
