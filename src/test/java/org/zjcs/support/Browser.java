package org.zjcs.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium for browser tests. Without it the browser tests are skipped with a message saying how
 * to install it, except under CI=true, where a missing Chromium fails the build.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String INSTALL =
            "Browser tests need Chromium: sudo apt-get install -y chromium chromium-driver fonts-wqy-microhei";

    private Browser() {
    }

    /** Logs in through the login page and waits until it has left it. */
    /**
     * The element has left the document (a new page or an ajax update replaced it). Like Selenium's
     * {@code ExpectedConditions.stalenessOf}, but it also takes ChromeDriver's "Node with given id does not belong to the
     * document" (answered instead of a stale-element error when the old document is being replaced) as gone.
     */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    public static void login(WebDriver driver, String username, String password) {
        driver.get(It.baseUrl() + "/login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("loginForm:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("loginForm:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("loginForm:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** Chooses {@code file} in the native file input of a p:fileUpload (its id is the component's, or that + "_input"). */
    /**
     * Clicks an element after scrolling it to the middle of the window: on a long form the last button can sit at the
     * window's lower edge, where Chromium 150's headless click lands outside the page and nothing happens.
     */
    public static void click(WebDriver driver, String id) {
        org.openqa.selenium.WebElement e = driver.findElement(org.openqa.selenium.By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    public static void upload(WebDriver driver, String componentId, Path file) {
        String base = componentId.endsWith("_input") ? componentId.substring(0, componentId.length() - "_input".length())
                : componentId;
        driver.findElements(org.openqa.selenium.By.cssSelector("input[type=file][id='" + base + "_input'], input[type=file][id='"
                        + base + "']")).stream().findFirst().orElseThrow(() -> new AssertionError("no file input " + base))
                .sendKeys(file.toAbsolutePath().toString());
    }

    public static WebDriver start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but Chromium is missing. " + INSTALL);
            }
            System.err.println("SKIPPING browser tests: " + INSTALL);
            Assumptions.abort(INSTALL);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1600", "--lang=zh-CN",
                    "--user-data-dir=" + Files.createTempDirectory("zjcs-chromium").toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // the console is readable by tests (e.g. CSP violations: CspBrowserIT)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
