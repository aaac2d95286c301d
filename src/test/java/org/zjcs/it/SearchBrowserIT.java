package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zjcs.support.Browser;
import org.zjcs.support.Fixtures;
import org.zjcs.support.It;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * A visitor who is not logged in searches 水土保持 from the box in the header of the home page, narrows the hits by a
 * region and a method, opens demo notice 8012 (a finished random draw), finds its 中选公告 and verifies the draw.
 * Hostile text never gives an error page, and the page works in English.
 */
class SearchBrowserIT {

    private static final String WORDS = "水土保持";

    private WebDriver driver;
    private WebDriverWait wait;

    /** The index is rebuilt by itself on the server's first start: wait until it finds notice 8012. */
    @BeforeAll
    static void indexReady() throws InterruptedException {
        WebClient visitor = new WebClient();
        Fixtures.await("the index finds notice 8012", 90, () -> {
            var r = visitor.get("/api/search?size=100&q=" + URLEncoder.encode(WORDS, StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                return false;
            }
            JsonObject o = Json.createReader(new StringReader(r.body())).readObject();
            return o.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                    .anyMatch(h -> h.getString("kind").equals("NOTICE") && h.getJsonNumber("id").longValue() == 8012);
        });
    }

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

    private long total() {
        WebElement t = driver.findElement(By.id("search-total"));
        return Long.parseLong(t.getText().replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
    }

    private WebElement facet(String param, String value) {
        return driver.findElement(By.cssSelector("a.zj-facet-link[data-facet='" + param + "'][data-value='" + value + "']"));
    }

    private void narrow(String param, String value, long totalBefore) {
        WebElement link = facet(param, value);
        long count = Long.parseLong(link.getAttribute("data-count"));
        assertEquals("false", link.getAttribute("aria-pressed"));
        assertTrue(count <= totalBefore, "a facet count is among the hits");
        link.click();
        wait.until(ExpectedConditions.urlContains(param + "=" + value));
        assertEquals(count, total(), "the total after choosing " + param + "=" + value + " is the count its link showed");
        WebElement chosen = facet(param, value);
        assertEquals("true", chosen.getAttribute("aria-pressed"), "the filter shows as chosen");
        assertTrue(chosen.getAttribute("class").contains("zj-current"));
    }

    @Test
    void aVisitorSearchesNarrowsOpensAResultAndVerifiesItsDraw() {
        driver.get(It.baseUrl() + "/index.xhtml");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("header-q")));
        box.sendKeys(WORDS);
        driver.findElement(By.id("header-search-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-hits")));
        assertTrue(driver.getCurrentUrl().contains("search.xhtml?q="), driver.getCurrentUrl());
        assertTrue(driver.getTitle().startsWith(WORDS), driver.getTitle());
        assertEquals(WORDS, driver.findElement(By.id("search-q")).getAttribute("value"));
        long all = total();
        List<String> highlights = driver.findElements(By.cssSelector("li.zj-hit .zj-hit-title em")).stream()
                .map(WebElement::getText).toList();
        assertTrue(highlights.contains(WORDS), "the matched words are highlighted: " + highlights);
        // the facets are named, not coded: the region in Chinese, the method by its label
        assertEquals(Texts.zh("notice.method.RANDOM_DRAW"),
                facet("method", "RANDOM_DRAW").getText().replaceAll("\\s*\\(\\d+\\)$", "").strip());
        assertTrue(facet("region", "610102").getText().contains("新城区"), facet("region", "610102").getText());

        narrow("region", "610102", all);
        long inRegion = total();
        narrow("method", "RANDOM_DRAW", inRegion);
        assertTrue(driver.getCurrentUrl().contains("region=610102"), "the region filter stays chosen");
        // other tests may have published more 水土保持 draws in that district: the finished ones are few
        narrow("status", "COMPLETED", total());
        assertTrue(driver.getCurrentUrl().contains("method=RANDOM_DRAW"), "the method filter stays chosen");

        WebElement hit = driver.findElement(By.cssSelector("li.zj-hit[data-kind='NOTICE'][data-id='8012'] a.zj-hit-link"));
        hit.click();
        wait.until(ExpectedConditions.urlContains("notice.xhtml?id=8012"));
        // its 中选公告: the result announcement and the selection round with its proof
        assertFalse(driver.findElements(By.cssSelector("li.zj-announcement-RESULT")).isEmpty(), "the notice shows its result");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.zj-verify-link"))).click();
        wait.until(ExpectedConditions.urlContains("verify.xhtml?notice=8012"));
        WebElement ok = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-ok")));
        assertEquals(Texts.zh("verify.result.ok"), ok.getText());
    }

    @Test
    void theKindFacetNarrowsToFirmsAndHidesTheNoticeOnlyFacets() {
        driver.get(It.baseUrl() + "/search.xhtml?q=" + URLEncoder.encode(WORDS, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-hits")));
        assertEquals(Texts.zh("search.kind.FIRM"), facet("kind", "FIRM").getText().replaceAll("\\s*\\(\\d+\\)$", "").strip());
        assertFalse(driver.findElements(By.id("facet-method")).isEmpty(), "notices among the hits: their method facet");
        narrow("kind", "FIRM", total());
        assertTrue(driver.findElements(By.id("facet-method")).isEmpty(), "only firms: no method facet");
        assertTrue(driver.findElements(By.id("facet-status")).isEmpty());
        // drill-sideways: the other kinds are still offered with their counts
        assertEquals("false", facet("kind", "NOTICE").getAttribute("aria-pressed"));
        assertTrue(Long.parseLong(facet("kind", "NOTICE").getAttribute("data-count")) > 0);
        List<WebElement> hits = driver.findElements(By.cssSelector("li.zj-hit"));
        assertFalse(hits.isEmpty());
        for (WebElement h : hits) {
            assertEquals("FIRM", h.getAttribute("data-kind"));
            assertTrue(h.findElement(By.cssSelector("a.zj-hit-link")).getAttribute("href").contains("/firm-profile.xhtml?id="));
            assertEquals(Texts.zh("search.kind.FIRM"), h.findElement(By.cssSelector(".zj-hit-kind")).getText());
        }
    }

    @Test
    void initialsOrPinyinFindTheFirm() {
        driver.get(It.baseUrl() + "/index.xhtml");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("header-q")));
        box.sendKeys("huace");
        driver.findElement(By.id("header-search-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-hits")));
        WebElement firm = driver.findElement(By.cssSelector("li.zj-hit[data-kind='FIRM'][data-id='1002'] a.zj-hit-link"));
        assertEquals("西安华测地理信息技术有限公司", firm.getText());

        WebElement pageBox = driver.findElement(By.id("search-q"));
        pageBox.clear();
        pageBox.sendKeys("sxqc");
        driver.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.urlContains("q=sxqc"));
        driver.findElement(By.cssSelector("li.zj-hit[data-kind='FIRM'][data-id='1001'] a.zj-hit-link")).click();
        wait.until(ExpectedConditions.urlContains("firm-profile.xhtml?id=1001"));
        assertEquals("陕西秦川环境工程咨询有限公司", driver.findElement(By.id("profile-name")).getText());
    }

    @Test
    void suggestionsAppearWhileTypingAndTheKeyboardOpensOne() {
        driver.get(It.baseUrl() + "/index.xhtml");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("header-q")));
        box.sendKeys("qinch");
        By first = By.cssSelector("#header-q-suggestions li[role='option']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(first));
        assertEquals("true", box.getAttribute("aria-expanded"));
        List<String> texts = driver.findElements(first).stream().map(WebElement::getText).toList();
        assertEquals(List.of("陕西秦川环境工程咨询有限公司"), texts);
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("header-q-suggestions-0", box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("firm-profile.xhtml?id=1001"));

        // the search page's own box too; Escape closes the list, and Enter without a chosen suggestion searches
        driver.get(It.baseUrl() + "/search.xhtml");
        WebElement pageBox = wait.until(ExpectedConditions.elementToBeClickable(By.id("search-q")));
        pageBox.sendKeys("水土保持");
        By options = By.cssSelector("#search-q-suggestions li[role='option']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(options));
        int n = driver.findElements(options).size();
        assertTrue(n >= 2 && n <= 10, "between 2 and 10 suggestions: " + n);
        pageBox.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("search-q-suggestions")));
        assertEquals("水土保持", pageBox.getAttribute("value"), "Escape closes the list, the text stays");
        assertEquals("false", pageBox.getAttribute("aria-expanded"));
        pageBox.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-hits")));
        assertTrue(driver.getCurrentUrl().contains("search.xhtml?q="), driver.getCurrentUrl());
    }

    @Test
    void aSuspendedFirmLeavesTheSearchAndComesBackWhenReinstated() throws Exception {
        String firm = "西安华测地理信息技术有限公司";
        Browser.login(driver, "operator01", It.DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/operator/index.xhtml"));
        driver.findElement(By.id("tool-firms")).click();
        By row = By.xpath("//tbody[@id='firmsForm:firms_data']/tr[td[contains(., '" + firm + "')]]");
        WebClient visitor = new WebClient();
        java.util.function.BooleanSupplier found = () -> visitor.get("/api/search?q=huace").body().contains("/firm-profile.xhtml?id=1002");
        assertTrue(found.getAsBoolean(), "found before");
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.xpath(".//input[contains(@id, 'reason')]"))
                    .sendKeys("搜索测试：暂停后从搜索中消失。");
            driver.findElement(row).findElement(By.xpath(".//button[contains(@id, 'suspend')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firmsForm:messages"),
                    Texts.zh("firms.admin.suspended", firm)));
            Fixtures.await("the suspended firm gone from the search", 10, () -> !found.getAsBoolean());
        } finally {
            wait.until(ExpectedConditions.visibilityOfElementLocated(row)).findElement(By.xpath(".//input[contains(@id, 'reason')]"))
                    .sendKeys("搜索测试：恢复。");
            driver.findElement(row).findElement(By.xpath(".//button[contains(@id, 'reinstate')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("firmsForm:messages"),
                    Texts.zh("firms.admin.reinstated", firm)));
        }
        Fixtures.await("the reinstated firm found again", 10, found);
    }

    @Test
    void hostileTextGivesAMessageOrResultsNeverAnErrorPage() {
        for (String text : List.of("\"水土保持 AND (", "*:* OR title:[a TO z]", "' OR 1=1; DROP TABLE notice; --", "?!…",
                "   ")) {
            driver.get(It.baseUrl() + "/search.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-title")));
            boolean answered = !driver.findElements(By.id("search-total")).isEmpty()
                    || !driver.findElements(By.id("search-error")).isEmpty();
            assertTrue(answered, "results or a message for " + text);
            assertTrue(driver.getTitle().contains(Texts.zh("search.page.title")), "the search page, not an error page: " + text);
        }
    }

    @Test
    void theEnglishPageNamesFacetsInEnglish() {
        driver.get(It.baseUrl() + "/search.xhtml?lang=en&q=" + URLEncoder.encode(WORDS, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertTrue(driver.getTitle().contains(Texts.en("search.page.title")), driver.getTitle());
        assertEquals(Texts.en("search.page.title"), driver.findElement(By.id("search-title")).getText());
        assertEquals(Texts.en("notice.method.RANDOM_DRAW"),
                facet("method", "RANDOM_DRAW").getText().replaceAll("\\s*\\(\\d+\\)$", "").strip());
        assertFalse(driver.findElements(By.cssSelector("li.zj-hit")).isEmpty(), "hits in English too");
        assertEquals(Texts.en("search.page.total", total()), driver.findElement(By.id("search-total")).getText());
        assertEquals(List.of(), ((JavascriptExecutor) driver).executeScript(BulletinBrowserIT.CHINESE_OUTSIDE_DATA),
                "Chinese only as marked data (titles, snippets, owners) on the English page");
    }
}
