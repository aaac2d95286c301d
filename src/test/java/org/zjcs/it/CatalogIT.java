package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** The public catalogue lists the items in force with their legal basis and requirements; only regulators edit it. */
class CatalogIT {

    @Test
    void thePublicCatalogueListsTheItemsInForce() {
        HttpResponse<String> r = new WebClient().get("/catalog.xhtml");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("中介服务事项清单"));
        for (String item : new String[] {"环境影响评价文件编制", "安全评价", "水土保持方案编制", "节能评估报告编制",
                "地质灾害危险性评估", "工程勘察", "施工图设计文件审查", "测绘", "资产评估", "职业病危害预评价", "防雷装置设计技术评价"}) {
            assertTrue(body.contains(item), item);
        }
        assertTrue(body.contains("《中华人民共和国测绘法》第二十七条"), "the legal basis is shown");
        assertTrue(body.contains("测绘资质（乙级及以上）"), "the requirement with its level is shown");
        assertTrue(body.matches("(?s).*现行有效事项 (2[5-9]|[3-9]\\d) 项.*"), "at least 25 items in force");
    }

    @Test
    void theCatalogueReadsInEnglish() {
        WebClient web = new WebClient();
        web.getFollowing("/catalog.xhtml?lang=en");
        HttpResponse<String> r = web.get("/catalog.xhtml");
        assertTrue(r.body().contains("Surveying and mapping qualification (Grade B or higher)"), "the level in English: " + r.body());
        assertTrue(r.body().contains("Environmental impact assessment report preparation"));
    }

    @Test
    void onlyRegulatorsOpenTheEditingPage() {
        WebClient firm = new WebClient();
        firm.login("firm01", It.DEMO_PASSWORD);
        assertEquals(403, firm.get("/regulator/catalog.xhtml").statusCode());
        WebClient operator = new WebClient();
        operator.login("operator01", It.DEMO_PASSWORD);
        assertEquals(403, operator.get("/regulator/catalog.xhtml").statusCode());
        WebClient regulator = new WebClient();
        regulator.login("regulator01", It.DEMO_PASSWORD);
        HttpResponse<String> page = regulator.get("/regulator/catalog.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("服务事项清单管理"));
    }
}
