package org.zjcs.shared.export;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * The row-limit rule and the batch loop of an export, free of the container (unit-tested on fixed data): the rows are
 * counted first, at most {@code max + 1} (a bounded count); more than {@code max} is TOO_LARGE before anything is
 * written. Otherwise the source is read in keyset batches after the last row's key until a short batch; should rows
 * have been added meanwhile past {@code max}, the export is TOO_LARGE as well.
 */
final class ExportProduction {

    /** {@code rows} written, or {@code tooLarge} (then nothing is kept). */
    record Outcome(boolean tooLarge, long rows) {
    }

    private ExportProduction() {
    }

    static Outcome write(ExportSource source, ExportParameters parameters, long max, int batchSize, XlsxWriter writer,
                         LongConsumer counted, LongConsumer progress) {
        long count = source.countUpTo(parameters, max + 1);
        if (count > max) {
            return new Outcome(true, 0);
        }
        counted.accept(count);
        long rows = 0;
        String after = null;
        while (true) {
            List<ExportRow> batch = source.rows(parameters, after, batchSize);
            if (rows + batch.size() > max) {
                return new Outcome(true, rows);
            }
            for (ExportRow r : batch) {
                writer.add(r.values());
            }
            rows += batch.size();
            if (batch.size() < batchSize) {
                return new Outcome(false, rows);
            }
            after = batch.get(batch.size() - 1).key();
            progress.accept(rows);
        }
    }
}
