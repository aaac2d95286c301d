package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Browser journey of issue 4: an owner drafts a notice linked to its approval case, attaches a file and publishes it
 * → it is on the public list → the owner corrects it → the detail page shows the correction and the public attachment.
 */
class NoticeBrowserIT {

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

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    private void clickAndConfirm(String id) {
        driver.findElement(By.id(id)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
    }

    @Test
    void draftPublishListCorrectAndReadTheCorrection() throws Exception {
        String number = "SP-BR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO approval_case (case_number, project_name, "
                + "project_code, department_id, approval_item, owner_credit_code, source, registered_at, registered_by) VALUES (?, "
                + "'Xincheng school canteen', '2026-610102-47-01-000123', 3001, 'EIA approval', '91610102MA6U2K30XK', 'OWNER', "
                + "UTC_TIMESTAMP(6), 'owner01')")) {
            ps.setString(1, number);
            ps.executeUpdate();
        }
        String title = "EIA for the school canteen " + number;

        Browser.login(driver, "owner01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/owner/notices.xhtml");
        driver.findElement(By.id("new-notice")).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:serviceItem")))).selectByValue("1");
        type("notice:title", title);
        type("notice:serviceContent", "Prepare the environmental impact report form and assist with the approval.");
        type("notice:projectScale", "Building area 3,200 m2");
        driver.findElement(By.xpath("//label[contains(., '" + number + "')]/preceding-sibling::input | "
                + "//label[contains(., '" + number + "')]/../input")).click();
        type("notice:fixedPrice", "86000");
        String earliest = driver.findElement(By.id("notice:earliest")).getText().replaceAll("(?s).*(\\d{4}-\\d{2}-\\d{2}).*", "$1");
        setValue("notice:deadlineDate", earliest);
        driver.findElement(By.cssSelector("input[type=file][id^='notice:attachment']")).sendKeys(
                TestFiles.pdf("site-plan.pdf").toAbsolutePath().toString());
        driver.findElement(By.id("notice:upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice:messages"), Texts.zh("notice.attachmentAdded")));
        assertTrue(driver.findElement(By.id("attachments")).getText().contains("site-plan.pdf"));

        clickAndConfirm("notice:publish");
        wait.until(ExpectedConditions.urlContains("/owner/notice-manage.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("published=1"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("manage:messages")).getText().contains(Texts.zh("notice.published")),
                "the confirmation after publishing shows: " + driver.findElement(By.id("manage:messages")).getText());
        assertEquals(Texts.zh("notice.status.PUBLISHED"), driver.findElement(By.id("notice-status")).getText().split("·")[0].trim());

        // On the public list, for everyone.
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/notices.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.textToBe(By.id("notice-title"), title));
        assertTrue(driver.findElement(By.id("notice-cases")).getText().contains(number));
        String noticeUrl = driver.getCurrentUrl();

        // The owner corrects it.
        Browser.login(driver, "owner01", It.DEMO_PASSWORD);
        driver.get(noticeUrl.replace("/notice.xhtml", "/owner/notice-manage.xhtml"));
        type("correction:reason", "Noise monitoring added to the scope");
        type("correction:serviceContent", "Prepare the environmental impact report form, with noise monitoring.");
        clickAndConfirm("correction:correct");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction:messages"), Texts.zh("notice.corrected")));

        // The detail page shows the correction, what changed, and the attachment for anyone to download.
        driver.manage().deleteAllCookies();
        driver.get(noticeUrl);
        String announcements = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("announcements"))).getText();
        assertTrue(announcements.contains(Texts.zh("announcement.kind.CORRECTION")), announcements);
        assertTrue(announcements.contains("Noise monitoring added to the scope"), announcements);
        assertTrue(announcements.contains(Texts.zh("announcement.field.serviceContent")), announcements);
        assertTrue(driver.findElement(By.id("notice-content")).getText().contains("with noise monitoring"));
        String href = driver.findElement(By.linkText("site-plan.pdf")).getAttribute("href");
        HttpResponse<String> file = new WebClient().get(URI.create(href).getRawPath());
        assertEquals(200, file.statusCode(), "a published notice's attachment is public");
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    }

    /** Issue 20: an empty notice form names every missing field at its field, with a summary; a Chinese date is read. */
    @Test
    void anEmptyNoticeNamesEveryMissingFieldAtOnce() {
        Browser.login(driver, "owner01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/owner/notice-edit.xhtml");
        String earliest = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:earliest"))).getText()
                .replaceAll("(?s).*(\\d{4}-\\d{2}-\\d{2}).*", "$1");
        java.time.LocalDate day = java.time.LocalDate.parse(earliest);
        type("notice:deadlineDate", day.getYear() + "\u5e74" + day.getMonthValue() + "\u6708" + day.getDayOfMonth() + "\u65e5");
        type("notice:contactName", " ");
        Browser.click(driver, "notice:save");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice:title-msg")));
        assertAt("serviceItem", Texts.zh("notice.error.serviceItem"));
        assertAt("title", Texts.zh("notice.error.title", "200"));
        assertAt("serviceContent", Texts.zh("notice.error.serviceContent", "4000"));
        assertAt("projectScale", Texts.zh("notice.error.projectScale", "1000"));
        assertAt("fixedPrice", Texts.zh("money.error.required", Texts.zh("notice.field.fixedPrice")));
        assertAt("contactName", Texts.zh("notice.error.contactName", "50"));
        assertAt("cases", Texts.zh("notice.error.caseRequired"));
        String summary = driver.findElement(By.id("notice:messages")).getText();
        for (String label : new String[] {"notice.serviceItem", "notice.title", "notice.serviceContent", "notice.projectScale",
                "notice.field.fixedPrice", "register.contactName", "notice.cases"}) {
            assertTrue(summary.contains(Texts.zh(label)), "the summary names " + label + ": " + summary);
        }
        assertTrue(summary.contains("7"), summary);
        assertTrue(driver.findElement(By.id("notice:deadlineDate-msg")).getText().isBlank(), "the typed Chinese date is accepted");
        assertEquals(earliest, driver.findElement(By.id("notice:deadlineDate")).getAttribute("value"), "shown back as yyyy-MM-dd");
        assertTrue(driver.findElement(By.id("notice:contactPhone-msg")).getText().isBlank(), "a valid field has no message");
    }

    private void assertAt(String field, String text) {
        String shown = driver.findElement(By.id("notice:" + field + "-msg")).getText();
        assertTrue(shown.contains(text), field + " shows '" + text + "': " + shown);
    }
}
