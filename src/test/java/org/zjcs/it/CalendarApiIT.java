package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.zjcs.support.WebClient;

/** The public calendar API counts working days like the platform and refuses what it cannot know. */
class CalendarApiIT {

    private final WebClient web = new WebClient();

    @Test
    void addsWorkingDaysAcrossNationalDay() {
        HttpResponse<String> r = web.get("/api/calendar/add?from=2025-09-30&days=3");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"result\":\"2025-10-11\""), r.body());
    }

    @Test
    void tellsMakeUpWorkingDays() {
        HttpResponse<String> r = web.get("/api/calendar/days/2026-02-28");
        assertTrue(r.body().contains("\"workingDay\":true"), r.body());
    }

    @Test
    void refusesAYearWhoseArrangementIsNotLoaded() {
        HttpResponse<String> r = web.get("/api/calendar/days/2099-01-05");
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("\"calendar.error.notAvailable\""), r.body());
    }

    @Test
    void badInputGetsAClearMessageAndNoTrace() {
        HttpResponse<String> r = web.get("/api/calendar/days/2025-13-45");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("\"calendar.error.badDate\""), r.body());
        HttpResponse<String> p = web.get("/api/calendar/add?from=2025-01-01&days=-1");
        assertEquals(400, p.statusCode());
        AccessControlIT.assertNoTrace(r.body() + p.body());
    }
}
