package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zjcs.support.Fixtures.as;
import static org.zjcs.support.Fixtures.number;
import static org.zjcs.support.Fixtures.orgOf;
import static org.zjcs.support.Fixtures.text;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.support.Fixtures;
import org.zjcs.support.TestFiles;
import org.zjcs.support.Texts;
import org.zjcs.support.WebClient;

/**
 * Results pushed to every enrolled firm (docs/domain-rules.md, "Results told to every enrolled firm"): each firm that
 * enrolled is told the result — won, not won, or left out with the reason — with the end of the objection (publicity)
 * period; after an upheld objection each is told that the result was voided and then the new round's result; a failed
 * selection is told too; a firm that did not enrol is told nothing.
 */
class ResultPushIT {

    static final long ITEM = 3;
    static final String INBOX = "/account/notifications.xhtml";

    /** The notice's publicity end as the notifications write it (Beijing time, to the minute). */
    static String publicityEnd(long notice) throws Exception {
        return text("SELECT DATE_FORMAT(CONVERT_TZ(publicity_ends_at, '+00:00', '+08:00'), '%Y-%m-%d %H:%i') "
                + "FROM notice WHERE id = ?", notice);
    }

    /** The keys of the result notices the firm got about the notice, oldest first. */
    static List<String> keys(String firm, long notice) throws Exception {
        try (var c = org.zjcs.support.It.db(); var ps = c.prepareStatement("SELECT message_key FROM notification "
                + "WHERE recipient_organisation_id = ? AND link = ? AND message_key LIKE 'result.push.%' ORDER BY id")) {
            ps.setLong(1, orgOf(firm));
            ps.setString(2, "/notice.xhtml?id=" + notice);
            try (var rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        }
    }

    static String argsOf(String firm, long notice, String key) throws Exception {
        return text("SELECT message_args FROM notification WHERE recipient_organisation_id = ? AND link = ? "
                + "AND message_key = ? ORDER BY id DESC LIMIT 1", orgOf(firm), "/notice.xhtml?id=" + notice, key);
    }

    static String firmName(String firm) throws Exception {
        return text("SELECT name FROM organisation WHERE id = ?", orgOf(firm));
    }

    @Test
    void everyEnrolledFirmIsToldTheResultTheVoidingAndTheNewRoundAndNobodyElse() throws Exception {
        WebClient owner = as("owner01");
        String title = "Result push " + System.nanoTime();
        long notice = Fixtures.publish(owner, title, ITEM, "LOWEST_PRICE", null, "50000", "60000", 2);
        List<String> firms = Fixtures.firms(4, ITEM);
        SelectionIT.enrol(firms.get(0), notice, "{\"price\": 51000}");
        SelectionIT.enrol(firms.get(1), notice, "{\"price\": 52000}");
        SelectionIT.enrol(firms.get(2), notice, "{\"price\": 53000}");
        String outsider = firms.get(3); // offers the item, did not enrol
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "ANNOUNCED");

        String ends = publicityEnd(notice);
        String winner = firmName(firms.get(0));
        assertEquals(List.of("result.push.won"), keys(firms.get(0), notice));
        assertEquals(List.of("result.push.notWon"), keys(firms.get(1), notice));
        assertEquals(List.of("result.push.notWon"), keys(firms.get(2), notice));
        assertEquals(List.of(), keys(outsider, notice), "a firm that did not enrol is told nothing");
        String won = as(firms.get(0)).get(INBOX).body();
        assertTrue(won.contains(Texts.zh("result.push.won", title, "1", ends)), won);
        String lost = as(firms.get(1)).get(INBOX).body();
        assertTrue(lost.contains(Texts.zh("result.push.notWon", title, "1", winner, ends)), lost);
        assertEquals(1, number("SELECT COUNT(*) FROM notification WHERE recipient_organisation_id = 2001 AND message_key = "
                + "'selection.notify.selected' AND link = ?", "/notice.xhtml?id=" + notice), "the owner is told too");

        // an upheld objection voids the result; the next round leaves the first winner out
        String path = "/notice.xhtml?id=" + notice;
        HttpResponse<String> raised = as(firms.get(1)).postMultipart(path, "objection",
                Map.of("reason", "The winner's price is below cost", "raise", "x"), Map.of("evidence", TestFiles.pdf("evidence.pdf")));
        assertTrue(raised.body().contains(Texts.zh("objection.raised")), raised.body());
        String sel = "/owner/selection.xhtml?id=" + notice;
        HttpResponse<String> upheld = owner.postForm(sel, "answers", SelectionIT.answer(owner.get(sel).body(), "Below cost", true));
        assertTrue(upheld.body().contains(Texts.zh("objection.answered")), upheld.body());
        SelectionIT.awaitStatus(notice, "ANNOUNCED");

        String newEnds = publicityEnd(notice);
        String newWinner = firmName(firms.get(1));
        assertEquals(List.of("result.push.won", "result.push.voided", "result.push.excluded"), keys(firms.get(0), notice));
        assertEquals(List.of("result.push.notWon", "result.push.voided", "result.push.won"), keys(firms.get(1), notice));
        assertEquals(List.of("result.push.notWon", "result.push.voided", "result.push.notWon"), keys(firms.get(2), notice));
        assertEquals(List.of(), keys(outsider, notice));

        String voided = as(firms.get(2)).get(INBOX).body();
        assertTrue(voided.contains(Texts.zh("result.push.voided", title, "1", "Below cost")), voided);
        assertTrue(voided.contains(Texts.zh("result.push.notWon", title, "2", newWinner, newEnds)), voided);
        assertTrue(argsOf(firms.get(1), notice, "result.push.won").contains(newEnds), "the new period's end");

        // the firm left out is told why, in the reader's language
        String reason = argsOf(firms.get(0), notice, "result.push.excluded");
        assertTrue(reason.contains("{\"zh\":\"" + Texts.zh("selection.disqualified") + "\",\"en\":\""
                + Texts.en("selection.disqualified") + "\"}"), reason);
        String outZh = as(firms.get(0)).get(INBOX).body();
        assertTrue(outZh.contains(Texts.zh("result.push.excluded", title, "2", newWinner, Texts.zh("selection.disqualified"),
                newEnds)), outZh);
        WebClient en = as(firms.get(0));
        en.getFollowing(INBOX + "?lang=en");
        String outEn = en.get(INBOX).body();
        assertTrue(outEn.contains(Texts.en("selection.disqualified")), outEn);
        assertFalse(outEn.contains(Texts.zh("selection.disqualified")), "no Chinese reason for an English reader");
    }

    @Test
    void aFailedSelectionIsToldToTheFirmsThatEnrolled() throws Exception {
        WebClient owner = as("owner01");
        String title = "Result push failed " + System.nanoTime();
        long notice = Fixtures.publish(owner, title, ITEM, "LOWEST_PRICE", null, "50000", "60000", 3);
        List<String> firms = Fixtures.firms(3, ITEM);
        SelectionIT.enrol(firms.get(0), notice, "{\"price\": 51000}");
        SelectionIT.enrol(firms.get(1), notice, "{\"price\": 52000}");
        Fixtures.expire(notice);
        SelectionIT.awaitStatus(notice, "FAILED");
        assertEquals(List.of("result.push.failed"), keys(firms.get(0), notice));
        assertEquals(List.of("result.push.failed"), keys(firms.get(1), notice));
        assertEquals(List.of(), keys(firms.get(2), notice));
        String page = as(firms.get(0)).get(INBOX).body();
        assertTrue(page.contains(Texts.zh("result.push.failed", title)), page);
    }
}
