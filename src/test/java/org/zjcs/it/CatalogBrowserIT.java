package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** Browser journey: a regulator adds an item (a bad one first), changes it, retires it; the public list follows. */
class CatalogBrowserIT {

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void login() {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/regulator/index.xhtml"));
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

    @Test
    void aRegulatorAddsChangesAndRetiresAnItem() throws Exception {
        driver.findElement(By.id("tool-catalog")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-admin-title")));

        assertFalse(publicCatalogue().contains("规划条件核实测量"), "not yet (and the public catalogue is now cached)");
        driver.findElement(By.id("catalogForm:new")).click();
        type("itemForm:code", "ZJ101");
        type("itemForm:nameZh", "规划条件核实测量");
        type("itemForm:nameEn", "Planning compliance survey");
        type("itemForm:approvalItems", "建设工程规划条件核实");
        driver.findElement(By.id("itemForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("itemForm:messages"), "没有法定依据的事项不得列入清单"));

        type("itemForm:legalBasis", "《中华人民共和国城乡规划法》第四十五条");
        WebElement save = driver.findElement(By.id("itemForm:save"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        wait.until(ExpectedConditions.elementToBeClickable(save)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogForm:growl_container"), "已新增事项 ZJ101"));

        assertTrue(publicCatalogue().contains("规划条件核实测量"), "the new item is public");

        type("catalogForm:filterText", "ZJ101");
        driver.findElement(By.id("catalogForm:filter")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#catalogForm\\:items_data > tr"), 1));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-widget-overlay")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("catalogForm:items:0:edit"))).click();
        type("itemForm:nameZh", "规划条件核实测量（竣工）");
        driver.findElement(By.id("itemForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogForm:growl_container"), "已保存对事项 ZJ101 的修改"));
        assertTrue(publicCatalogue().contains("规划条件核实测量（竣工）"), "the change is public at once");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-widget-overlay")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("catalogForm:items:0:status"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statusForm:reason")));
        driver.findElement(By.id("statusForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statusForm:messages"), "请写明原因"));
        type("statusForm:reason", "与竣工测量事项合并");
        driver.findElement(By.id("statusForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogForm:growl_container"), "事项已停用"));

        assertFalse(publicCatalogue().contains("规划条件核实测量"), "a retired item leaves the public catalogue");
        try (Connection c = It.db(); PreparedStatement ps = c.prepareStatement(
                "SELECT action FROM audit_entry WHERE object_type = 'ServiceItem' AND actor = 'regulator01' ORDER BY id")) {
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder actions = new StringBuilder();
                while (rs.next()) {
                    actions.append(rs.getString(1)).append(' ');
                }
                assertEquals("CATALOG_ITEM_CREATED CATALOG_ITEM_CHANGED CATALOG_ITEM_RETIRED", actions.toString().trim());
            }
        }
    }

    private static String publicCatalogue() {
        return new WebClient().get("/catalog.xhtml").body();
    }
}
