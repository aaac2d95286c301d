package org.zjcs.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The row-limit rule and the keyset batch loop, on a fixed in-memory list. */
class ExportProductionTest {

    /** A list of {@code n} rows with keys 1..n (plus {@code grow} rows that appear after the count). */
    static final class FixedSource implements ExportSource {
        final int n;
        final int grow;
        final List<String> afterKeys = new ArrayList<>();
        long countLimit = -1;

        FixedSource(int n, int grow) {
            this.n = n;
            this.grow = grow;
        }

        @Override
        public String kind() {
            return "TEST";
        }

        @Override
        public ExportParameters authorize(ExportParameters requested) {
            return requested;
        }

        @Override
        public List<ExportColumn> columns() {
            return List.of(ExportColumn.of("h", CellKind.INTEGER));
        }

        @Override
        public long countUpTo(ExportParameters parameters, long limit) {
            countLimit = limit;
            return Math.min(n, limit);
        }

        @Override
        public List<ExportRow> rows(ExportParameters parameters, String afterKey, int size) {
            afterKeys.add(afterKey);
            int from = afterKey == null ? 1 : Integer.parseInt(afterKey) + 1;
            List<ExportRow> out = new ArrayList<>();
            for (int i = from; i <= n + grow && out.size() < size; i++) {
                out.add(ExportRow.of(String.valueOf(i), (long) i));
            }
            return out;
        }
    }

    static ExportProduction.Outcome run(FixedSource s, long max, int batch, List<Long> counted, List<Long> progress)
            throws IOException {
        try (XlsxWriter w = new XlsxWriter("t", s.columns(), List.of("h"), k -> k)) {
            ExportProduction.Outcome o = ExportProduction.write(s, ExportParameters.of(Map.of()), max, batch, w,
                    counted::add, progress::add);
            assertEquals(o.rows(), w.rows(), "every row read was written");
            return o;
        }
    }

    @Test
    void overTheLimitIsTooLargeBeforeAnyRowIsRead() throws IOException {
        FixedSource s = new FixedSource(5, 0);
        List<Long> counted = new ArrayList<>();
        ExportProduction.Outcome o = run(s, 4, 2, counted, new ArrayList<>());
        assertTrue(o.tooLarge());
        assertEquals(5, s.countLimit, "the count is bounded: at most max + 1");
        assertTrue(s.afterKeys.isEmpty(), "no row was read");
        assertTrue(counted.isEmpty());
    }

    @Test
    void exactlyTheLimitIsWrittenInKeysetBatches() throws IOException {
        FixedSource s = new FixedSource(5, 0);
        List<Long> counted = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        ExportProduction.Outcome o = run(s, 5, 2, counted, progress);
        assertFalse(o.tooLarge());
        assertEquals(5, o.rows());
        assertEquals(List.of(5L), counted);
        assertEquals(List.of(2L, 4L), progress);
        assertEquals(java.util.Arrays.asList(null, "2", "4"), s.afterKeys, "each batch after the last key of the one before");
    }

    @Test
    void aFullLastBatchEndsWithAnEmptyOne() throws IOException {
        FixedSource s = new FixedSource(4, 0);
        ExportProduction.Outcome o = run(s, 10, 2, new ArrayList<>(), new ArrayList<>());
        assertEquals(4, o.rows());
        assertEquals(java.util.Arrays.asList(null, "2", "4"), s.afterKeys);
    }

    @Test
    void rowsAddedAfterTheCountPastTheLimitMakeItTooLarge() throws IOException {
        FixedSource s = new FixedSource(4, 3);
        ExportProduction.Outcome o = run(s, 5, 2, new ArrayList<>(), new ArrayList<>());
        assertTrue(o.tooLarge());
    }

    @Test
    void anEmptyListIsAnEmptyExport() throws IOException {
        ExportProduction.Outcome o = run(new FixedSource(0, 0), 5, 2, new ArrayList<>(), new ArrayList<>());
        assertFalse(o.tooLarge());
        assertEquals(0, o.rows());
    }
}
