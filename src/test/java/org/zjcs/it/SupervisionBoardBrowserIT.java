package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;

/**
 * The board's journey in the browser: a regulator opens 电子监察 from the workspace, sees the approval department with
 * an overdue check in red (chart and table), drills down to the overdue items of that department, finds the check and
 * opens its case timeline; exports the drilled-down list to Excel and watches the job finish on 我的导出 (its rows
 * are the overdue items the list shows), downloads it; drafts a 通报 from the month's ranking and publishes it, and a
 * visitor who is not logged in reads it on the public 通报 page; then reads the board in English.
 */
class SupervisionBoardBrowserIT {

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

    @Test
    void aRegulatorFindsAnOverdueDepartmentCheckAndDrillsDownToTheCaseTimeline() throws Exception {
        BoardFixtures f = BoardFixtures.insert();
        long check = f.overdueCheck();
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/regulator/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tool-board"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("board-title"), Texts.zh("board.title")));

        // the department, red, in the table beside the chart (Chart.js drew on its canvas)
        WebElement department = driver.findElement(By.cssSelector("#board-counts tr[data-key='" + BoardFixtures.DEPT + "']"));
        assertEquals("RED", department.getDomAttribute("data-rag"));
        assertTrue(department.getText().contains("西安市新城区行政审批服务局"), department.getText());
        assertTrue(department.getText().contains(Texts.zh("board.rag.RED")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('#counts-chart canvas'); return c != null && c.width > 0"));

        // drill down: the department's overdue items, most overdue first; the check and its case timeline
        scrollTo(department.findElement(By.cssSelector("a.zj-board-drill"))).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-board-item[data-id='" + check + "']")));
        assertTrue(driver.getCurrentUrl().contains("state=OVERDUE"), driver.getCurrentUrl());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals("DEPARTMENT", js.executeScript("return document.getElementById('dim').value"), "the filter shows the drill-down");
        assertEquals("OVERDUE", js.executeScript("return document.getElementById('state').value"));
        assertEquals("", js.executeScript("return document.getElementById('kind').value"), "all kinds");
        assertEquals("DEPARTMENT_CHECK", row.getDomAttribute("data-kind"));
        assertTrue(row.getText().contains(Texts.zh("board.kind.DEPARTMENT_CHECK")), row.getText());
        WebElement timeline = row.findElement(By.cssSelector("a.zj-board-case-link"));
        assertTrue(timeline.getText().contains(f.caseNumber));
        String drilled = driver.getCurrentUrl();
        List<Long> shown = driver.findElements(By.cssSelector("tr.zj-board-item")).stream()
                .map(e -> Long.valueOf(e.getDomAttribute("data-id"))).toList();
        assertTrue(driver.findElements(By.id("board-next")).isEmpty(), "the department's overdue items fit on one page");
        scrollTo(timeline).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-timeline-entry[data-kind='NOTICE_PUBLISHED']")));
        assertTrue(driver.findElement(By.cssSelector("h2.zj-timeline-case")).getText().contains(f.caseNumber));

        // back on the drilled-down list, the regulator exports it: the job finishes on 我的导出 with the list's rows
        driver.get(drilled);
        long before = Fixtures.number("SELECT COALESCE(MAX(id), 0) FROM export_job WHERE requested_by = 'regulator01'");
        scrollTo(wait.until(ExpectedConditions.elementToBeClickable(By.id("boardItemsExport:exportItems")))).click();
        wait.until(ExpectedConditions.urlContains("/account/exports.xhtml"));
        long job = Fixtures.number("SELECT MAX(id) FROM export_job WHERE requested_by = 'regulator01'");
        assertTrue(job > before, "a new job");
        assertEquals("BOARD_ITEMS", Fixtures.text("SELECT kind FROM export_job WHERE id = ?", job));
        WebElement download = new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a.zj-export-download[href$='/api/exports/" + job + "/file']")));
        WebElement jobRow = download.findElement(By.xpath("./ancestor::tr[1]"));
        assertTrue(jobRow.getText().contains(Texts.zh("export.kind.BOARD_ITEMS")), jobRow.getText());
        assertTrue(jobRow.getText().contains(Texts.zh("export.state.DONE")), jobRow.getText());
        assertTrue(jobRow.getText().contains(Texts.zh("export.rows", shown.size(), shown.size())),
                "as many rows as the list: " + jobRow.getText());
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download.getAttribute("href")))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        XSSFSheet sheet = ExcelExportIT.open(file.body());
        assertEquals(Texts.zh("board.item.kind"), sheet.getRow(0).getCell(1).getStringCellValue());
        List<Long> exported = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            exported.add((long) sheet.getRow(i).getCell(0).getNumericCellValue());
        }
        assertEquals(shown, exported, "the list's items in the list's order (most overdue first)");
        assertTrue(exported.contains(check));

        // a 通报 from the month's ranking, published; a visitor reads it on the public 通报 page
        String title = publishBulletin();
        driver.manage().deleteAllCookies();
        driver.get(It.baseUrl() + "/bulletins.xhtml");
        wait.until(d -> {
            d.navigate().refresh(); // the public list may be served from a cache up to a second old
            return d.getPageSource().contains(title);
        });
        driver.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bulletin-title"), title));

        // the board in English (logged in again)
        Browser.login(driver, "regulator01", It.DEMO_PASSWORD);
        driver.get(It.baseUrl() + "/regulator/board.xhtml?dim=DEPARTMENT&value=" + BoardFixtures.DEPT + "&state=OVERDUE&lang=en");
        wait.until(ExpectedConditions.textToBe(By.id("board-title"), Texts.en("board.title")));
        WebElement en = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.zj-board-item[data-id='" + check + "']")));
        assertTrue(en.getText().contains(Texts.en("board.kind.DEPARTMENT_CHECK")), en.getText());
        assertTrue(driver.findElement(By.id("board-counts-title")).getText().contains(Texts.en("board.dimension.DEPARTMENT")));
    }

    /** As BulletinBrowserIT: a department late in July 2024, ticked on the rankings, drafted and published; its title. */
    private String publishBulletin() throws Exception {
        String name = "看板通报测试局" + System.nanoTime();
        long department = RankFixtures.organisation("DEPARTMENT", name);
        RankFixtures.onTime("DEPARTMENT", department, 3, BulletinBrowserIT.MID);
        RankFixtures.late("DEPARTMENT", department, 1, BulletinBrowserIT.MID);
        String title = "关于审批部门超时办理情况的通报（电子监察） " + System.nanoTime() % 100000;
        driver.get(It.baseUrl() + "/regulator/rankings.xhtml?month=2024-07");
        wait.until(d -> d.getPageSource().contains(name));
        Browser.click(driver, "unit-DEPARTMENT-" + department);
        WebElement t = driver.findElement(By.id("draft:title"));
        t.clear();
        t.sendKeys(title);
        Browser.click(driver, "draft:create");
        wait.until(d -> d.getPageSource().contains(Texts.zh("rank.bulletin.drafted")));
        Browser.click(driver, "edit:publish");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(d -> d.getPageSource().contains(Texts.zh("rank.bulletin.published")));
        assertEquals("PUBLISHED", Fixtures.text("SELECT state FROM bulletin WHERE title = ?", title));
        return title;
    }

    private WebElement scrollTo(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        return e;
    }
}
