package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.zjcs.support.Texts;

/**
 * Issue 20: a firm registration refused for one field keeps the four files chosen (shown as attached, with name and
 * size) and the password; the user fixes the field and submits again without choosing anything, and the registration
 * is stored with all four files. The validity dates are typed in the Chinese form (2024年3月1日) and accepted.
 */
class RegistrationKeepsInputBrowserIT {

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

    @Test
    void aRefusedRegistrationKeepsItsFourFilesAndPasswordAndSucceedsWhenTheFieldIsFixed() throws Exception {
        String code = TestFiles.creditCode();
        String username = "keepfiles" + (int) (Math.random() * 100000);
        String name = "陕西保留材料测试咨询有限公司" + (int) (Math.random() * 1000);
        driver.get(It.baseUrl() + "/register/firm.xhtml");
        type("reg:name", name);
        type("reg:creditCode", "91610113MA6");   // 11 characters: refused
        type("reg:legalRep", "王建国");
        type("reg:contactName", "周敏");
        type("reg:contactPhone", "029-87654321");
        type("reg:address", "雁塔区科技路 33 号");
        choose("reg:province", "陕西省");
        choose("reg:city", "西安市");
        choose("reg:district", "雁塔区");
        driver.findElement(By.xpath("//label[contains(., '测绘（地形图测绘')]/preceding-sibling::input | "
                + "//label[contains(., '测绘（地形图测绘')]/../input")).click();
        Browser.upload(driver, "reg:licence", TestFiles.pdf("营业执照.pdf"));
        Browser.upload(driver, "reg:legalRepId", TestFiles.pdf("法定代表人身份证.pdf"));
        Browser.upload(driver, "reg:registrationForm", TestFiles.pdf("入驻登记表.pdf"));
        choose("reg:qualType", "测绘资质");
        choose("reg:qualLevel", "乙级");
        type("reg:certificateNo", "乙测资字61" + (1000 + (int) (Math.random() * 8000)));
        type("reg:issuer", "陕西省自然资源厅");
        type("reg:validFrom", "2024年3月1日");
        type("reg:validTo", "2029/2/28");
        Browser.upload(driver, "reg:scan", TestFiles.pdf("测绘资质证书.pdf"));
        type("reg:username", username);
        type("reg:password", "Survey-River-2026");
        driver.findElement(By.id("reg:commitment")).click();
        Browser.click(driver, "reg:submit");

        // The credit code is refused; everything chosen is still attached, the password kept and not shown.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:messages"), Texts.zh("creditCode.error.length", 11)));
        assertHeld("reg:licence", "营业执照.pdf");
        assertHeld("reg:legalRepId", "法定代表人身份证.pdf");
        assertHeld("reg:registrationForm", "入驻登记表.pdf");
        assertHeld("reg:scan", "测绘资质证书.pdf");
        assertEquals(Texts.zh("register.password.held"), driver.findElement(By.id("reg:passwordHeld")).getText());
        assertEquals("", driver.findElement(By.id("reg:password")).getAttribute("value"), "the password is not sent back");
        assertEquals("2024-03-01", driver.findElement(By.id("reg:validFrom")).getAttribute("value"), "the Chinese date was read");
        assertEquals("2029-02-28", driver.findElement(By.id("reg:validTo")).getAttribute("value"));
        assertEquals(name, driver.findElement(By.id("reg:name")).getAttribute("value"));
        assertEquals(0, count("SELECT COUNT(*) FROM user_account WHERE username = ?", username), "nothing stored yet");

        // Fix the field only, submit again: the registration goes through with all four files.
        type("reg:creditCode", code);
        Browser.click(driver, "reg:submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-done")));

        List<String> materials = new ArrayList<>();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT f.display_name FROM firm_material m "
                + "JOIN stored_file f ON f.id = m.stored_file_id JOIN organisation o ON o.id = m.firm_id "
                + "WHERE o.credit_code = ? ORDER BY f.display_name")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    materials.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of("入驻登记表.pdf", "法定代表人身份证.pdf", "营业执照.pdf").stream().sorted().toList(), materials);
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT f.display_name, q.valid_from, q.valid_to "
                + "FROM firm_qualification q JOIN stored_file f ON f.id = q.scan_file_id JOIN organisation o ON o.id = q.firm_id "
                + "WHERE o.credit_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the qualification with its scan");
                assertEquals("测绘资质证书.pdf", rs.getString(1));
                assertEquals(LocalDate.of(2024, 3, 1), rs.getObject(2, LocalDate.class));
                assertEquals(LocalDate.of(2029, 2, 28), rs.getObject(3, LocalDate.class));
            }
        }

        // The kept password is the one the account got.
        driver.manage().deleteAllCookies();
        Browser.login(driver, username, "Survey-River-2026");
        wait.until(ExpectedConditions.urlContains("/firm/index.xhtml"));
    }

    @Test
    void anImpossibleTypedDateIsRefusedWithItsOwnMessage() {
        driver.get(It.baseUrl() + "/register/firm.xhtml");
        type("reg:validFrom", "2026年2月30日");
        Browser.click(driver, "reg:submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reg:messages"),
                Texts.zh("date.error.impossible", "2026年2月30日")));
        assertFalse(driver.findElement(By.id("reg:messages")).getText().contains(Texts.zh("register.error.date")));
    }

    /** The input {@code base} shows the held file with its name and size, and a remove button. */
    private void assertHeld(String base, String fileName) {
        String text = driver.findElement(By.id(base + "Held")).getText();
        assertTrue(text.contains(fileName) && text.matches("(?s).*\\d+(\\.\\d)? (B|KB|MB).*"),
                base + " shows the held file with its size: " + text);
        assertEquals(Texts.zh("upload.held.remove"), driver.findElement(By.id(base + "Remove")).getAttribute("value"));
    }

    private static int count(String sql, String arg) throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
