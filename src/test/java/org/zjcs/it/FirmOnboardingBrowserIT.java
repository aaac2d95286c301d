package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.RegistrationReviewPage;
import org.zjcs.support.TestFiles;
import org.zjcs.support.WebClient;

/**
 * Browser journey of issue 3: a firm registers with files (an executable renamed .pdf is refused first) → the
 * operator returns it with a reason → the firm corrects and resubmits → the operator approves → the firm is in
 * the public directory. A second firm cannot open the first one's files.
 */
class FirmOnboardingBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
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

    private void file(String id, Path path) {
        Browser.upload(driver, id, path);
    }

    private void login(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
    }

    private void fillRegistration(String name, String code, String username, Path licence) throws Exception {
        driver.get(It.baseUrl() + "/register/firm.xhtml");
        type("reg:name", name);
        type("reg:creditCode", code);
        type("reg:legalRep", "王建国");
        type("reg:contactName", "周敏");
        type("reg:contactPhone", "029-87654321");
        type("reg:address", "雁塔区科技路 33 号");
        choose("reg:province", "陕西省");
        choose("reg:city", "西安市");
        choose("reg:district", "雁塔区");
        driver.findElement(By.xpath("//label[contains(., '测绘（地形图测绘')]/preceding-sibling::input | "
                + "//label[contains(., '测绘（地形图测绘')]/../input")).click();
        file("reg:licence_input", licence);
        file("reg:legalRepId_input", TestFiles.pdf("法定代表人身份证.pdf"));
        file("reg:registrationForm_input", TestFiles.pdf("入驻登记表.pdf"));
        choose("reg:qualType", "测绘资质");
        choose("reg:qualLevel", "乙级");
        type("reg:certificateNo", "乙测资字61500" + (100 + (int) (Math.random() * 800)));
        type("reg:issuer", "陕西省自然资源厅");
        driver.findElement(By.id("reg:validFrom")).sendKeys("2024-03-01");
        driver.findElement(By.id("reg:validTo")).sendKeys("2029-02-28");
        file("reg:scan_input", TestFiles.pdf("测绘资质证书.pdf"));
        type("reg:username", username);
        type("reg:password", "Survey-River-2026");
        driver.findElement(By.id("reg:commitment")).click();
        Browser.click(driver, "reg:submit");
    }

    @Test
    void registerReturnCorrectApproveAndAppearInTheDirectory() throws Exception {
        String name = "陕西长安测绘地理信息有限公司" + (int) (Math.random() * 1000);
        String code = org.zjcs.support.TestFiles.creditCode();
        String username = "changan" + (int) (Math.random() * 100000);

        // An executable renamed .pdf: refused by content, with a clear message, and nothing is stored.
        fillRegistration(name, code, username, TestFiles.executableNamedPdf());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:messages"), "只接受 PDF、JPEG 或 PNG"));
        assertEquals(0, count("SELECT COUNT(*) FROM organisation WHERE credit_code = ?", code), "nothing half-written");
        assertEquals(0, count("SELECT COUNT(*) FROM user_account WHERE username = ?", username));

        fillRegistration(name, code, username, TestFiles.pdf("营业执照.pdf"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-done")));

        // The firm can log in at once and sees its registration waiting for review.
        login(username, "Survey-River-2026");
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        assertTrue(driver.findElement(By.id("registration-status")).getText().contains("等待运行机构审核"));

        // The operator returns it with a reason (a return without a reason is refused).
        login("operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
        RegistrationReviewPage review = new RegistrationReviewPage(driver, wait).open(RegistrationReviewPage.FIRMS, name);
        review.returnWith(null, "必须写明原因");
        review.returnWith("营业执照扫描件不清晰，请重新上传。", "的申请已退回");

        // The firm reads the reason, replaces the licence and resubmits.
        login(username, "Survey-River-2026");
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        assertEquals("营业执照扫描件不清晰，请重新上传。", driver.findElement(By.id("return-reason")).getText());
        assertTrue(driver.findElement(By.id("notification-count")).getText().contains("1"), "the firm is told in its inbox");
        file("resubmitForm:licence_input", TestFiles.pdf("营业执照（清晰）.pdf"));
        type("resubmitForm:contactPhone", "13991234567");
        driver.findElement(By.id("resubmitForm:resubmit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-status"), "等待运行机构审核"));

        // The operator approves; the whole history stays visible.
        login("operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
        review = new RegistrationReviewPage(driver, wait).open(RegistrationReviewPage.FIRMS, name);
        String history = review.history();
        assertTrue(history.contains("退回修改") && history.contains("重新提交"), history);
        review.approve("已审核通过");

        // The firm is in the public directory, with its qualification; its files are not.
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/firms.xhtml");
        type("name", name);
        WebElement before = driver.findElement(By.id("directory-title"));
        driver.findElement(By.id("search")).click();
        wait.until(Browser.gone(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firms"), name));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.textToBe(By.id("profile-name"), name));
        String profile = driver.getPageSource();
        assertTrue(profile.contains("测绘资质") && profile.contains("乙级"), "qualification shown");
        assertTrue(!profile.contains("/files/"), "no private files on the public profile");

        // The firm's own files: the firm and the operator may download them; another firm may not.
        long fileId = count("SELECT MIN(stored_file_id) FROM firm_material m JOIN organisation o ON o.id = m.firm_id "
                + "WHERE o.credit_code = ?", code);
        WebClient owner = new WebClient();
        owner.login(username, "Survey-River-2026");
        HttpResponse<String> own = owner.get("/files/" + fileId);
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        WebClient other = new WebClient();
        other.login("firm01", It.DEMO_PASSWORD);
        assertEquals(404, other.get("/files/" + fileId).statusCode(), "another firm cannot open it by id");
        assertEquals(302, new WebClient().get("/files/" + fileId).statusCode(), "anonymous users are sent to login");
    }

    private static long count(String sql, String param) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
