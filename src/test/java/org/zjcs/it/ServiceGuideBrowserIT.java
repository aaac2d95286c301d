package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Browser journeys of the service guides: a visitor goes from 服务事项清单 to an item's guide and its flow chart, in
 * Chinese and in English; a regulator writes the guide of a new item in the catalogue admin (refused input first,
 * then a conflict with someone else's change), and the public page shows it at once.
 */
class ServiceGuideBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
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

    private void choose(String selectId, String label) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(selectId)))).selectByVisibleText(label);
    }

    private void click(String id) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        wait.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVisitorOpensAnItemsGuideFromTheCatalogueInChineseAndEnglish() {
        driver.get(It.baseUrl() + "/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("home-to-catalog"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-title")));
        click("guide-ZJ008");
        wait.until(ExpectedConditions.urlContains("/service.xhtml?code=ZJ008"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guide-title")));
        assertTrue(title.getText().contains("测绘"), title.getText());
        List<WebElement> steps = driver.findElements(By.cssSelector("#guide-flow > li"));
        assertTrue(steps.size() >= 6, "the flow chart has the demo's steps");
        assertTrue(steps.get(0).getText().contains(Texts.zh("guide.actor.OWNER")));
        assertTrue(steps.get(steps.size() - 1).getText().contains(Texts.zh("guide.actor.AUTHORITY")));
        // boxes from left to right (the chart wraps on narrow screens: then the next line starts lower)
        assertTrue(steps.get(1).getLocation().getX() > steps.get(0).getLocation().getX()
                || steps.get(1).getLocation().getY() > steps.get(0).getLocation().getY());
        assertTrue(driver.findElement(By.id("guide-flow-text")).getAttribute("textContent").contains("1. "),
                "the text alternative is in the page");

        driver.get(It.baseUrl() + "/service.xhtml?code=ZJ008&lang=en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(driver.getTitle().contains("Surveying and mapping"), driver.getTitle());
        assertTrue(driver.findElement(By.id("guide-flow")).getText().contains(Texts.en("guide.actor.FIRM")));
        assertTrue(driver.findElement(By.id("guide-content-note")).isDisplayed());
        List<String> chinese = (List<String>) ((JavascriptExecutor) driver).executeScript(BulletinBrowserIT.CHINESE_OUTSIDE_DATA);
        assertEquals(List.of(), chinese, "Chinese outside data on the English guide");
    }

    @Test
    void aRegulatorWritesTheGuideOfAnItemAndThePublicPageShowsIt() throws Exception {
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("INSERT INTO service_item (code, name_zh, name_en,"
                + " legal_basis, approval_items, requirement_mode, status, created_at, updated_at, updated_by)"
                + " VALUES ('ZJ1802', '海域使用论证报告编制', 'Sea area use demonstration report', '《中华人民共和国海域使用管理法》第十六条',"
                + " '海域使用权审批', 'ALL_OF', 'IN_FORCE', NOW(6), NOW(6), 'it')")) {
            ps.executeUpdate();
        }
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/regulator/index.xhtml"));
        driver.get(It.baseUrl() + "/regulator/catalog.xhtml");
        type("catalogForm:filterText", "ZJ1802");
        driver.findElement(By.id("catalogForm:filter")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogForm\\:items_data > tr"), 1));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-widget-overlay")));
        click("catalogForm:items:0:guide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guideItem"), "ZJ1802"));

        click("guideForm:saveGuide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guideForm:messages"), Texts.zh("guide.error.conditionsRequired")));

        type("guideForm:conditions", "申请使用海域的建设项目");
        type("guideForm:materials", "海域使用申请书\n宗海位置图\n项目批准文件");
        type("guideForm:timeLimitDays", "400");
        type("guideForm:feeStandard", "实行市场调节价");
        type("guideForm:feeBasis", "《国家发展改革委关于进一步放开建设项目专业服务价格的通知》（发改价格〔2015〕299号）");
        type("guideForm:steps:0:stepName", "编制海域使用论证报告");
        choose("guideForm:steps:0:stepActor", Texts.zh("guide.actor.FIRM"));
        click("guideForm:saveGuide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guideForm:messages"), Texts.zh("guide.error.timeLimit", 365)));

        type("guideForm:timeLimitDays", "25");
        click("guideForm:addStep");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guideForm:steps:1:stepName")));
        type("guideForm:steps:1:stepName", "自然资源部门审核");
        choose("guideForm:steps:1:stepActor", Texts.zh("guide.actor.AUTHORITY"));
        click("guideForm:saveGuide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogForm:growl_container"),
                Texts.zh("guide.saved", "ZJ1802 海域使用论证报告编制")));

        String page = new WebClient().get("/service.xhtml?code=ZJ1802").body();
        assertTrue(page.contains("<li>宗海位置图</li>"), "the materials are public at once");
        assertTrue(page.contains("25 个工作日"));
        assertTrue(page.indexOf("编制海域使用论证报告") < page.indexOf("自然资源部门审核"), "the steps in order");

        // someone else (another regulator's browser) changes the guide while this dialog is open: this save is refused
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-widget-overlay")));
        click("catalogForm:items:0:guide");
        wait.until(ExpectedConditions.attributeToBe(By.id("guideForm:timeLimitDays"), "value", "25"));
        WebDriver first = driver;
        WebDriverWait firstWait = wait;
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        try {
            Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
            wait.until(ExpectedConditions.urlContains("/regulator/index.xhtml"));
            driver.get(It.baseUrl() + "/regulator/catalog.xhtml");
            type("catalogForm:filterText", "ZJ1802");
            driver.findElement(By.id("catalogForm:filter")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogForm\\:items_data > tr"), 1));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-widget-overlay")));
            click("catalogForm:items:0:guide");
            wait.until(ExpectedConditions.attributeToBe(By.id("guideForm:timeLimitDays"), "value", "25"));
            type("guideForm:timeLimitDays", "30");
            click("guideForm:saveGuide");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogForm:growl_container"),
                    Texts.zh("guide.saved", "ZJ1802 海域使用论证报告编制")));
        } finally {
            driver.quit();
            driver = first;
            wait = firstWait;
        }
        type("guideForm:timeLimitDays", "20");
        click("guideForm:saveGuide");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guideForm:messages"), Texts.zh("catalog.error.stale")));

        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement("SELECT a.action, g.time_limit_days FROM audit_entry a"
                + " JOIN service_item s ON a.object_id = CAST(s.id AS CHAR) JOIN service_guide g ON g.service_item_id = s.id"
                + " WHERE a.object_type = 'ServiceGuide' AND s.code = 'ZJ1802' ORDER BY a.id");
                ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("CATALOG_GUIDE_CREATED", rs.getString(1));
            assertEquals(30, rs.getInt(2), "the other change stands");
            assertTrue(rs.next());
            assertEquals("CATALOG_GUIDE_CHANGED", rs.getString(1), "the other regulator's change");
            assertTrue(!rs.next(), "the refused save is not audited");
        }
    }
}
