package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.it.Layouts.LANGUAGES;
import static org.zjcs.it.Layouts.LAPTOP;
import static org.zjcs.it.Layouts.PHONE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.zjcs.support.Browser;

/**
 * Issue 20: screenshots of the main pages of each role (and of the public) at 1366 px and 390 px in both languages,
 * for people to look at: target/screenshots/&lt;role&gt;-&lt;page&gt;-&lt;lang&gt;-&lt;width&gt;.png, the whole page
 * up to 4000 px high. Each page is checked for sideways scrolling before its picture is taken, and each picture for
 * being a PNG of the page's width.
 */
class ScreenshotsIT {

    private static final Path DIR = Path.of("target", "screenshots");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int MAX_HEIGHT = 4000;

    /** role → page name → path: the pages people look at first, fewer than LayoutBrowserIT walks through. */
    private static final Map<String, Map<String, String>> SHOTS = new LinkedHashMap<>();

    static {
        Map<String, String> guest = new LinkedHashMap<>();
        for (String page : List.of("index", "notices", "notice", "credit", "verify", "register-firm")) {
            guest.put(page, Layouts.PUBLIC.get(page));
        }
        SHOTS.put("public", guest);
        SHOTS.put("firm", pick("firm01", "workspace", "notice", "qualifications", "deliverables"));
        SHOTS.put("owner", pick("owner01", "workspace", "cases", "notices", "deliverables"));
        SHOTS.put("approver", pick("approver01", "workspace", "cases", "timeline"));
        SHOTS.put("regulator", pick("regulator01", "workspace", "credit-lists", "catalog", "firm-credit"));
        SHOTS.put("operator", pick("operator01", "workspace", "reviews", "audit", "calendar"));
    }

    private static final Map<String, String> USERS = Map.of("public", "", "firm", "firm01", "owner", "owner01",
            "approver", "approver01", "regulator", "regulator01", "operator", "operator01");

    private static Map<String, String> pick(String user, String... names) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String name : names) {
            pages.put(name, Layouts.ROLES.get(user).get(name));
        }
        return pages;
    }

    private WebDriver driver;

    @BeforeEach
    void open() throws IOException {
        driver = Browser.start();
        Files.createDirectories(DIR);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** A picture of the whole page (up to MAX_HEIGHT): the viewport is stretched to the page's height for it. */
    private byte[] fullPage(int width) {
        long height = Math.min(MAX_HEIGHT, Layouts.number(driver, "return document.documentElement.scrollHeight;"));
        HasCdp cdp = (HasCdp) driver;
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        } finally {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void mainPagesOfEachRoleAt1366And390InBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        int written = 0;
        for (Map.Entry<String, Map<String, String>> role : SHOTS.entrySet()) {
            String user = USERS.get(role.getKey());
            Layouts.as(driver, user.isEmpty() ? null : user);
            for (String lang : LANGUAGES) {
                Layouts.language(driver, lang);
                for (int width : new int[] {LAPTOP, PHONE}) {
                    Layouts.viewport(driver, width, 900);
                    for (Map.Entry<String, String> page : role.getValue().entrySet()) {
                        Layouts.open(driver, page.getValue());
                        String name = role.getKey() + "-" + page.getKey() + "-" + lang + "-" + width;
                        long over = Layouts.sidewaysOverflow(driver);
                        if (over > 1) {
                            problems.add(name + ": " + over + " px wider than the window");
                        }
                        Path file = DIR.resolve(name + ".png");
                        Files.deleteIfExists(file);
                        Files.write(file, fullPage(width));
                        byte[] png = Files.readAllBytes(file);
                        assertArrayEquals(PNG, Arrays.copyOf(png, 8), name + " is a PNG");
                        int pngWidth = ByteBuffer.wrap(png, 16, 4).getInt();
                        int pngHeight = ByteBuffer.wrap(png, 20, 4).getInt();
                        assertEquals(width, pngWidth, name + ": the picture is as wide as the window");
                        assertTrue(pngHeight >= 300, name + ": the picture shows the page (" + pngHeight + " px high)");
                        written++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "pages that scroll sideways");
        long files;
        try (var list = Files.list(DIR)) {
            files = list.filter(f -> f.toString().endsWith(".png")).count();
        }
        assertTrue(files >= written, "every screenshot is in " + DIR.toAbsolutePath());
        System.out.println("ScreenshotsIT: " + written + " screenshots in " + DIR.toAbsolutePath());
    }
}
