package org.zjcs.supervision.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configurations: the table's labels and figures, in order, and names that cannot break out of the JSON. */
class BoardChartsTest {

    @Test
    void aBarChartCarriesTheLabelsAndEverySeries() {
        String json = BoardCharts.bar(List.of("西安市发展和改革委员会", "Dept \"B\""), List.of(
                new BoardCharts.Series("超期", BoardCharts.RED, List.of(3L, 0L)),
                new BoardCharts.Series("临近到期", BoardCharts.AMBER, List.of(1L, 2L))), "事项数");
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"labels\":[\"西安市发展和改革委员会\",\"Dept \\\"B\\\"\"]"), json);
        assertTrue(json.contains("{\"label\":\"超期\",\"backgroundColor\":\"#c0392b\",\"borderColor\":\"#c0392b\",\"data\":[3,0]}"), json);
        assertTrue(json.contains("\"data\":[1,2]"), json);
        assertTrue(json.contains("\"text\":\"事项数\""), json);
    }

    @Test
    void namesCannotCloseTheScriptOrTheString() {
        String json = BoardCharts.line(List.of("</script><b>x\\"), List.of(), "h");
        assertFalse(json.contains("</script>"), json);
        assertTrue(json.contains("\\u003c/script\\u003e\\u003cb\\u003ex\\\\"), json);
        assertTrue(json.startsWith("{\"type\":\"line\""), json);
        assertEquals("\"a\\u000ab\"", BoardCharts.string("a\nb"));
    }
}
