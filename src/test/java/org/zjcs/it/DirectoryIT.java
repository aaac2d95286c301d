package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/** The public firm directory shows approved firms only, with qualifications and their validity, never files. */
class DirectoryIT {

    @Test
    void onlyApprovedFirmsAreListed() {
        // searched by name, so that the firms other tests add do not push these off the first page
        String huace = search("西安华测");
        assertTrue(huace.contains("西安华测地理信息技术有限公司"), "approved");
        assertFalse(huace.contains("陕西秦川环境工程咨询有限公司"), "the name filter applies: " + huace);
        assertTrue(search("陕西秦川").contains("陕西秦川环境工程咨询有限公司"), "approved");
        assertFalse(search("陕西正信").contains("陕西正信资产评估有限公司"), "still waiting for review");
        assertFalse(search("西安安泰").contains("西安安泰安全技术咨询有限公司"), "returned");
    }

    /** The directory's search as the page's GET form sends it (a bookmarkable address, no session). */
    private static String search(String name) {
        HttpResponse<String> r = new WebClient().get("/firms.xhtml?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        return r.body().substring(r.body().indexOf("id=\"directory-title\""));
    }

    @Test
    void aProfileShowsQualificationsWithValidityButNoFiles() {
        HttpResponse<String> r = new WebClient().get("/firm-profile.xhtml?id=1003");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("陕西天诚房地产估价有限公司"));
        assertTrue(body.contains("房地产估价机构备案"));
        assertTrue(body.contains("已过期，不再计入"), "the qualification that ended on 2026-06-30 no longer counts");
        assertFalse(body.contains("/files/"), "no private files");
        assertFalse(body.contains("029-85512345"), "no private contact details");
    }

    @Test
    void unapprovedOrUnknownFirmsHaveNoPublicProfile() {
        assertEquals(404, new WebClient().get("/firm-profile.xhtml?id=1004").statusCode());
        assertEquals(404, new WebClient().get("/firm-profile.xhtml?id=999999").statusCode());
    }

    @Test
    void theOperatorSeesWhatWaitsForReviewAndItsDeadline() {
        WebClient operator = new WebClient();
        operator.login("operator01", It.DEMO_PASSWORD);
        String body = operator.get("/operator/reviews.xhtml").body();
        assertTrue(body.contains("陕西正信资产评估有限公司"));
        // Submitted Wednesday 18 Nov 2026 (Beijing): 2 working days → Friday 20 Nov.
        assertTrue(body.contains("2026-11-20"), body);
        assertFalse(body.contains("西安安泰安全技术咨询有限公司"), "a returned registration waits for the firm, not the operator");
    }

    @Test
    void firmsSeeTheirOwnMaterialsOnly() {
        WebClient firm02 = new WebClient();
        firm02.login("firm02", It.DEMO_PASSWORD);
        String page = firm02.get("/firm/index.xhtml").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/files/(\\d+)").matcher(page);
        assertTrue(m.find(), "firm02 sees links to its materials");
        String id = m.group(1);
        HttpResponse<String> own = firm02.get("/files/" + id);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().startsWith("%PDF-"));
        WebClient firm03 = new WebClient();
        firm03.login("firm03", It.DEMO_PASSWORD);
        assertEquals(404, firm03.get("/files/" + id).statusCode(), "a firm opening another firm's file by id");
    }
}
