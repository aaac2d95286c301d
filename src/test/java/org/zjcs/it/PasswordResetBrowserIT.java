package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
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
 * Browser journey of a password reset (issue 16): a user asks on the login page ("忘记密码？"), the operator issues the
 * link on its reset page, the user opens it in a fresh browser session, sets a new password and logs in with it; the
 * old password is refused.
 */
class PasswordResetBrowserIT {

    private static final String NEW = "Zhongnan-Mountain-2026";

    private WebDriver user;
    private WebDriver operator;

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {user, operator}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    private static WebDriverWait waitIn(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    @Test
    void aUserAsksTheOperatorIssuesTheUserSetsANewPasswordAndLogsIn() throws Exception {
        String username = Fixtures.firm(1);

        user = Browser.start();
        user.get(It.baseUrl() + "/login.xhtml");
        user.findElement(By.id("forgot-password")).click();
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-title")));
        user.findElement(By.id("forgotForm:username")).sendKeys(username);
        user.findElement(By.id("forgotForm:note")).sendKeys("我是测试机构的联系人，电话 029-88886666");
        Browser.click(user, "forgotForm:send");
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-done")));
        assertEquals(Texts.zh("page.password.forgot.done"), user.findElement(By.id("forgot-done")).getText());
        user.quit();
        user = null;

        operator = Browser.start();
        Browser.login(operator, "operator01", It.DEMO_PASSWORD);
        operator.get(It.baseUrl() + "/operator/index.xhtml");
        operator.findElement(By.id("tool-password-resets")).click();
        waitIn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.id("resets-title")));
        WebElement row = operator.findElement(By.xpath("//tr[.//span[normalize-space()='" + username + "']]"));
        assertTrue(row.getText().contains("029-88886666"), "the note helps the operator verify: " + row.getText());
        WebElement issue = row.findElement(By.cssSelector("input[id$=':issue']"));
        ((org.openqa.selenium.JavascriptExecutor) operator).executeScript("arguments[0].scrollIntoView({block: 'center'});", issue);
        issue.click();
        waitIn(operator).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-link")));
        String link = operator.findElement(By.id("reset-link")).getText().trim();
        assertTrue(link.contains("/password-reset.xhtml?code="), link);
        operator.quit();
        operator = null;

        user = Browser.start(); // a fresh browser session
        user.get(link);
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-for")));
        assertEquals(Texts.zh("page.password.reset.lead", username), user.findElement(By.id("reset-for")).getText());
        user.findElement(By.id("resetForm:next")).sendKeys("password1");
        user.findElement(By.id("resetForm:repeated")).sendKeys("password1");
        Browser.click(user, "resetForm:reset");
        waitIn(user).until(ExpectedConditions.textToBePresentInElementLocated(By.id("resetForm:messages"),
                Texts.zh("password.error.tooShort", 12)));
        user.findElement(By.id("resetForm:next")).sendKeys(NEW);
        user.findElement(By.id("resetForm:repeated")).sendKeys(NEW);
        Browser.click(user, "resetForm:reset");
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-done")));

        user.findElement(By.id("reset-login")).click();
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
        user.findElement(By.id("loginForm:username")).sendKeys(username);
        user.findElement(By.id("loginForm:password")).sendKeys(It.DEMO_PASSWORD);
        Browser.click(user, "loginForm:submit");
        waitIn(user).until(ExpectedConditions.textToBePresentInElementLocated(By.id("loginForm:messages"),
                Texts.zh("login.error.badCredentials")));
        assertTrue(user.getCurrentUrl().contains("/login.xhtml"), "the old password is refused");

        user.findElement(By.id("loginForm:username")).clear();
        Browser.login(user, username, NEW);
        waitIn(user).until(ExpectedConditions.urlContains("/firm/index.xhtml"));
        user.findElement(By.id("account-password")).click();
        waitIn(user).until(ExpectedConditions.visibilityOfElementLocated(By.id("password-title")));
    }
}
