package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.It;

/** The operator exports the firm list to Excel, watches it finish on "我的导出" and downloads it. */
class ExcelExportBrowserIT {

    private WebDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theOperatorExportsTheFirmListAndDownloadsIt() throws Exception {
        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        Browser.login(driver, "operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
        driver.findElement(By.id("tool-firms")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("firmsForm:exportExcel"))).click();
        wait.until(ExpectedConditions.urlContains("/account/exports.xhtml"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.zj-export-download")));
        assertEquals("下载", link.getText());
        String href = link.getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(file.body())).getSheetAt(0);
        assertEquals("机构名称", sheet.getRow(0).getCell(0).getStringCellValue());
        ExcelExportIT.rowOf(sheet, ExcelExportIT.FIRM);
    }
}
