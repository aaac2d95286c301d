package org.zjcs.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's registration review page, the same for every kind of organisation (operator/reviews.xhtml for firms,
 * operator/owner-reviews.xhtml for owners): open a registration from the queue, read its history, return it with a
 * reason or approve it.
 */
public final class RegistrationReviewPage {

    public static final String FIRMS = "/operator/reviews.xhtml";
    public static final String OWNERS = "/operator/owner-reviews.xhtml";

    private final WebDriver driver;
    private final WebDriverWait wait;

    public RegistrationReviewPage(WebDriver driver, WebDriverWait wait) {
        this.driver = driver;
        this.wait = wait;
    }

    /** Goes to the page at {@code path} and opens the registration of {@code name} from the queue. */
    public RegistrationReviewPage open(String path, String name) {
        driver.get(It.baseUrl() + path);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='reviewForm:queue_data']/tr[td[contains(., '" + name + "')]]")));
        row.findElement(By.xpath(".//button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("review-name"), name));
        return this;
    }

    public String history() {
        return driver.findElement(By.id("review-history")).getText();
    }

    /** Returns the opened registration with {@code reason} (none: the return is refused) and waits for {@code message}. */
    public void returnWith(String reason, String message) {
        if (reason != null) {
            WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:reason")));
            e.clear();
            e.sendKeys(reason);
        }
        driver.findElement(By.id("reviewForm:return")).click();
        waitForMessage(message);
    }

    /** Approves the opened registration (confirming) and waits for {@code message}. */
    public void approve(String message) {
        driver.findElement(By.id("reviewForm:approve")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("reviewForm:confirmYes"))).click();
        waitForMessage(message);
    }

    private void waitForMessage(String message) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:messages"), message));
    }
}
