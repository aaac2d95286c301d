package org.zjcs.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zjcs.shared.export.CellKind;
import org.zjcs.shared.export.ExportColumn;
import org.zjcs.shared.export.ExportRow;
import org.zjcs.shared.export.XlsxWriter;

/**
 * Excel export benchmark (docs/performance.md, "Excel exports"): writes {@code -Dbench.rows} (default 100,000) rows
 * through the production writer ({@link XlsxWriter}, SXSSF) in keyset batches of 1,000, as the background job does, and
 * prints the seconds, the file size and the peak heap. Rows are generated (firm-like: Chinese names, money, dates), or,
 * with {@code -Dbench.jdbc=jdbc:mysql://127.0.0.1:3327/zjcs?...} (the generator's database), read from
 * {@code audit_entry} with the audit-log export's keyset query. Not a test (no surefire/failsafe name):
 * <pre>mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zjcs.bench.ExcelExportBench</pre>
 */
public final class ExcelExportBench {

    private ExcelExportBench() {
    }

    static final List<ExportColumn> COLUMNS = List.of(
            ExportColumn.of("id", CellKind.INTEGER), ExportColumn.of("name", CellKind.TEXT),
            ExportColumn.of("code", CellKind.TEXT), ExportColumn.of("state", CellKind.LABEL),
            ExportColumn.of("fee", CellKind.MONEY), ExportColumn.of("day", CellKind.DATE),
            ExportColumn.of("at", CellKind.DATE_TIME), ExportColumn.of("details", CellKind.TEXT));

    /** Generated rows: the same values for the same key. */
    static List<ExportRow> generated(long after, int size, long total) {
        String[] cities = {"西安", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛", "铜川"};
        String[] trades = {"环评咨询", "工程勘察", "测绘地理信息", "造价咨询", "规划设计", "安全评价"};
        List<ExportRow> rows = new ArrayList<>(size);
        for (long id = after + 1; id <= total && rows.size() < size; id++) {
            Random r = new Random(id);
            rows.add(ExportRow.of(String.valueOf(id), id, cities[r.nextInt(cities.length)] + "市"
                            + trades[r.nextInt(trades.length)] + "有限公司" + id, String.format("91610%013d", id),
                    r.nextBoolean() ? "ACTIVE" : "SUSPENDED", BigDecimal.valueOf(r.nextInt(10_000_000), 2),
                    LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextInt(31_536_000)),
                    "{\"reason\":\"资质证书年检\",\"by\":\"operator01\"}"));
        }
        return rows;
    }

    static List<ExportRow> fromDatabase(Connection c, long before, int size) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.actor, e.action, e.object_type, e.object_id,"
                + " e.occurred_at, e.details FROM audit_entry e WHERE e.id < ? ORDER BY e.id DESC LIMIT " + size)) {
            ps.setLong(1, before);
            List<ExportRow> rows = new ArrayList<>(size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    rows.add(ExportRow.of(String.valueOf(id), id, rs.getString(2), rs.getString(3) + " " + rs.getString(4),
                            "ACTIVE", BigDecimal.valueOf(id % 100_000, 2), rs.getTimestamp(6).toLocalDateTime().toLocalDate(),
                            rs.getTimestamp(6).toInstant(), rs.getString(7)));
                }
            }
            return rows;
        }
    }

    public static void main(String[] args) throws Exception {
        long total = Long.getLong("bench.rows", 100_000);
        String jdbc = System.getProperty("bench.jdbc");
        Path out = Files.createTempFile("excel-bench-", ".xlsx");
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long start = System.nanoTime();
        long rows = 0;
        try (Connection c = jdbc == null ? null : DriverManager.getConnection(jdbc, System.getProperty("bench.user", "root"),
                System.getProperty("bench.password", ""));
             XlsxWriter w = new XlsxWriter("导出", COLUMNS, List.of("编号", "名称", "代码", "状态", "金额（元）", "日期", "时间", "详情"),
                     k -> k.equals("ACTIVE") ? "正常" : "已暂停")) {
            String after = null;
            while (rows < total) {
                int size = (int) Math.min(1000, total - rows);
                List<ExportRow> batch = c == null ? generated(after == null ? 0 : Long.parseLong(after), size, total)
                        : fromDatabase(c, after == null ? Long.MAX_VALUE : Long.parseLong(after), size);
                for (ExportRow r : batch) {
                    w.add(r.values());
                }
                rows += batch.size();
                if (batch.size() < size) {
                    break;
                }
                after = batch.get(batch.size() - 1).key();
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                w.finish(o);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("Excel export bench: %d rows (%s) in %.1f s, %.0f rows/s; file %.1f MB; heap used before %.0f MB, "
                        + "peak of the heap pools %.0f MB (-Xmx %d MB)%n", rows, jdbc == null ? "generated" : "audit_entry",
                seconds, rows / seconds, Files.size(out) / 1e6, heapBefore / 1e6, peak / 1e6,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.deleteIfExists(out);
    }
}
