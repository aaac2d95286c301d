package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.zjcs.support.RegistrationReviewPage;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Browser journey of an owner organisation: it registers with its certificate (a missing certificate is refused
 * first) → the operator returns it with a reason → the owner corrects and resubmits → the operator approves → the
 * unit admin invites a colleague, who opens the link and chooses an account → the colleague works in the owner
 * workspace → the admin deactivates the colleague, who can no longer log in.
 */
class OwnerOnboardingBrowserIT {

    private static final String PASSWORD = "Owner-Lantern-2026";
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
        WebElement input = driver.findElements(By.cssSelector("input[type=file][id='" + id + "_input'], input[type=file][id='"
                + id + "']")).stream().findFirst().orElseThrow(() -> new AssertionError("no file input " + id));
        input.sendKeys(path.toAbsolutePath().toString());
    }

    private void login(String user, String password) {
        driver.manage().deleteAllCookies();
        Browser.login(driver, user, password);
    }

    private void fillRegistration(String name, String code, String username, Path certificate) {
        driver.get(It.baseUrl() + "/register/owner.xhtml");
        type("reg:name", name);
        type("reg:creditCode", code);
        choose("reg:unitType", Texts.zh("owner.unitType.PUBLIC_INSTITUTION"));
        type("reg:contactName", "Chen Jing");
        type("reg:contactPhone", "029-88776655");
        type("reg:address", "Yanta Road 1");
        choose("reg:province", "\u9655\u897f\u7701");
        choose("reg:city", "\u897f\u5b89\u5e02");
        choose("reg:district", "\u96c1\u5854\u533a");
        if (certificate != null) {
            file("reg:certificate", certificate);
        }
        type("reg:username", username);
        type("reg:password", PASSWORD);
        driver.findElement(By.id("reg:submit")).click();
    }

    @Test
    void registerReturnCorrectApproveInviteAndDeactivate() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        String name = "Xian Test School " + suffix;
        String code = TestFiles.creditCode();
        String admin = "school" + suffix;

        // Without the certificate: refused with a clear message, nothing stored.
        fillRegistration(name, code, admin, null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:messages"),
                Texts.zh("owner.error.certificateRequired")));
        assertEquals(0, count("SELECT COUNT(*) FROM organisation WHERE credit_code = ?", code));

        fillRegistration(name, code, admin, TestFiles.pdf("certificate.pdf"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-done")));

        // The operator returns it with a reason.
        login("operator01", It.DEMO_PASSWORD);
        new RegistrationReviewPage(driver, wait).open(RegistrationReviewPage.OWNERS, name)
                .returnWith("Certificate scan unreadable, please upload it again.", Texts.zh("review.returned", name));

        // The owner reads the reason, replaces the certificate and resubmits.
        login(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/owner/index.xhtml"));
        assertEquals("Certificate scan unreadable, please upload it again.", driver.findElement(By.id("return-reason")).getText());
        assertEquals(Texts.zh("owner.unitType.PUBLIC_INSTITUTION"), driver.findElement(By.id("unit-type")).getText());
        file("resubmitForm:certificate", TestFiles.pdf("certificate-clear.pdf"));
        driver.findElement(By.id("resubmitForm:resubmit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registration-status"),
                Texts.zh("firm.status.SUBMITTED")));

        // The operator approves; the history shows the return and the resubmission.
        login("operator01", It.DEMO_PASSWORD);
        RegistrationReviewPage review = new RegistrationReviewPage(driver, wait).open(RegistrationReviewPage.OWNERS, name);
        String history = review.history();
        assertTrue(history.contains(Texts.zh("review.action.RETURNED")) && history.contains(Texts.zh("review.action.RESUBMITTED")),
                history);
        review.approve(Texts.zh("review.approved", name));

        // The unit admin invites a colleague.
        login(admin, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/owner/index.xhtml"));
        assertTrue(driver.findElement(By.id("registration-status")).getText().contains(Texts.zh("firm.status.APPROVED")));
        driver.findElement(By.id("tool-members")).click();
        type("membersForm:displayName", "Colleague " + suffix);
        driver.findElement(By.id("membersForm:invite")).click();
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link"))).getText();
        assertTrue(link.startsWith(It.baseUrl() + "/invitation.xhtml?code="), link);

        // The colleague opens the link and chooses an account.
        driver.manage().deleteAllCookies();
        driver.get(link);
        String member = "colleague" + suffix;
        type("acceptForm:username", member);
        type("acceptForm:password", PASSWORD);
        driver.findElement(By.id("acceptForm:accept")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-done")));
        login(member, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/owner/index.xhtml"));
        assertEquals(name, driver.findElement(By.id("summary-organisation")).getText());
        assertTrue(driver.findElements(By.id("tool-members")).isEmpty(), "a member does not manage members");

        // The admin deactivates the colleague, who can no longer log in.
        login(admin, PASSWORD);
        driver.get(It.baseUrl() + "/account/members.xhtml");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='membersForm:members_data']/tr[td[contains(., '" + member + "')]]")));
        row.findElement(By.xpath(".//button[contains(@id, 'deactivate')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("membersForm:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("status-" + member), Texts.zh("member.status.DISABLED")));
        assertEquals(200, new WebClient().login(member, PASSWORD).statusCode(), "the deactivated member stays on the login page");
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
