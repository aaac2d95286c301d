package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
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
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;

/**
 * A fresh department from the operator's page to its staff at work: the operator creates it (region, approval items),
 * issues it an API key and invites its first account; in a fresh session the new admin accepts, invites a member, who
 * accepts, logs in and sees the department's case (pushed with the department's key). Deactivating the department
 * ends the member's open session, and the login page says why.
 */
class DepartmentOnboardingBrowserIT {

    private static final String PASSWORD = "Qinling-River-2026";

    private WebDriver operator;
    private WebDriver staff;

    @BeforeEach
    void open() {
        operator = Browser.start();
        staff = Browser.start();
    }

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {operator, staff}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    private static WebDriverWait waitOn(WebDriver d) {
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // an ajax update may replace an element between two looks
        return wait;
    }

    private static void type(WebDriver d, String id, String text) {
        WebElement e = waitOn(d).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private static void choose(WebDriver d, String id, String value) {
        waitOn(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + id + "'] option[value='" + value + "']")));
        waitOn(d).until(x -> { // the select may be re-rendered meanwhile: choose on the element that is there now
            new Select(x.findElement(By.id(id))).selectByValue(value);
            return true;
        });
    }

    /** The operator's organisations page, filtered to one name; the row's text. */
    private String row(String name) {
        operator.get(It.baseUrl() + "/operator/organisations.xhtml");
        WebElement table = waitOn(operator).until(ExpectedConditions.presenceOfElementLocated(By.id("orgsForm:organisations")));
        type(operator, "orgsForm:filterName", name);
        operator.findElement(By.id("orgsForm:filter")).click();
        waitOn(operator).until(Browser.gone(table)); // the filtered table replaced it
        return waitOn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(rowXpath(name)))).getText();
    }

    private static String rowXpath(String name) {
        return "//tbody[@id='orgsForm:organisations_data']/tr[td[contains(., '" + name + "')]]";
    }

    /** Clicks a button of the (filtered) row. */
    private void clickInRow(String name, String button) {
        waitOn(operator).until(ExpectedConditions.elementToBeClickable(
                By.xpath(rowXpath(name) + "//button[contains(@id, ':" + button + "')]"))).click();
    }

    private static String accept(WebDriver d, String link, String username) {
        d.get(It.baseUrl() + "/index.xhtml");
        d.manage().deleteAllCookies(); // a fresh session
        d.get(link);
        type(d, "acceptForm:username", username);
        type(d, "acceptForm:password", PASSWORD);
        d.findElement(By.id("acceptForm:accept")).click();
        waitOn(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-done")));
        return username;
    }

    @Test
    void anOperatorOnboardsADepartmentWhoseStaffSeeItsCasesUntilItIsDeactivated() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "西安市新城区测试局" + suffix;
        Browser.login(operator, "operator01", It.DEMO_PASSWORD);
        operator.findElement(By.id("tool-organisations")).click();
        waitOn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.id("organisations-title")));

        // create the department in the dialog
        operator.findElement(By.id("orgsForm:new")).click();
        type(operator, "orgForm:name", name);
        type(operator, "orgForm:creditCode", TestFiles.creditCode());
        choose(operator, "orgForm:province", "610000");
        choose(operator, "orgForm:city", "610100");
        choose(operator, "orgForm:district", "610102");
        type(operator, "orgForm:approvalItems", "建设工程施工许可\n建设工程消防设计审查");
        Browser.click(operator, "orgForm:save");
        waitOn(operator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("orgsForm:messages"),
                Texts.zh("org.admin.created", name)));
        String row = row(name);
        assertTrue(row.contains("建设工程消防设计审查") && row.contains("新城区"), row);
        long dept = Fixtures.number("SELECT id FROM organisation WHERE name = ?", name);

        // an API key for it on the existing page, and a case pushed with it
        operator.get(It.baseUrl() + "/operator/api-keys.xhtml");
        operator.findElement(By.id("keysForm:new")).click();
        choose(operator, "issueForm:department", String.valueOf(dept));
        type(operator, "issueForm:label", "测试审批系统");
        operator.findElement(By.id("issueForm:issue")).click();
        String key = waitOn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-key"))).getText();
        String caseNumber = "ONB-" + suffix.toUpperCase();
        HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(It.baseUrl()
                        + "/api/approval-cases")).header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"caseNumber\":\"" + caseNumber + "\",\"projectName\":\"测试项目\","
                        + "\"projectCode\":null,\"approvalItem\":\"建设工程施工许可\",\"ownerCreditCode\":\"" + Fixtures.OWNER_CODE
                        + "\"}", StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, pushed.statusCode(), pushed.body());

        // invite its first account
        row(name);
        clickInRow(name, "invite");
        type(operator, "inviteForm:displayName", "韩雪");
        operator.findElement(By.id("inviteForm:issue")).click();
        String adminLink = waitOn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link"))).getText();
        assertTrue(adminLink.startsWith(It.baseUrl() + "/invitation.xhtml?code="), adminLink);

        // a fresh session: the admin accepts, logs in and invites a member
        String admin = accept(staff, adminLink, "dept" + suffix);
        Browser.login(staff, admin, PASSWORD);
        waitOn(staff).until(ExpectedConditions.urlContains("/approval/index.xhtml"));
        staff.findElement(By.id("tool-members")).click();
        type(staff, "membersForm:displayName", "郭涛");
        staff.findElement(By.id("membersForm:invite")).click();
        String memberLink = waitOn(staff).until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link"))).getText();

        // the member accepts, logs in and sees the department's case
        String member = accept(staff, memberLink, "staff" + suffix);
        Browser.login(staff, member, PASSWORD);
        staff.get(It.baseUrl() + "/approval/cases.xhtml");
        assertTrue(waitOn(staff).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("body"))).getText()
                .contains(caseNumber), "the member sees its department's case");

        // the operator deactivates the department: the member's open session ends at its next request
        row(name);
        clickInRow(name, "deactivate");
        waitOn(operator).until(ExpectedConditions.elementToBeClickable(By.id("orgsForm:confirmYes"))).click();
        waitOn(operator).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-" + dept),
                Texts.zh("page.organisations.status.DEACTIVATED")));
        staff.get(It.baseUrl() + "/approval/cases.xhtml");
        waitOn(staff).until(ExpectedConditions.urlContains("/login.xhtml"));
        type(staff, "loginForm:username", member);
        type(staff, "loginForm:password", PASSWORD);
        staff.findElement(By.id("loginForm:submit")).click();
        waitOn(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                Texts.zh("org.admin.login.organisationDeactivated")));
    }
}
