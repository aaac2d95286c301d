package db.demo;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only) of the red and black lists: the evidence files of {@code db/demo/demo-credit-files.csv}
 * written as small PDFs, then the entries, a credit repair application and the red-list credit events of
 * {@code db/demo/demo-credit-lists.sql.txt} (a Java migration because the evidence must exist on disk; the text stays in
 * the SQL file).
 */
public class V14__Demo_credit_lists extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-credit-files.csv");
        StringBuilder statement = new StringBuilder();
        try (InputStream sql = V14__Demo_credit_lists.class.getResourceAsStream("/db/demo/demo-credit-lists.sql.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(sql, StandardCharsets.UTF_8));
             Statement s = context.getConnection().createStatement()) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String text = statement.toString().strip();
                    s.execute(text.substring(0, text.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }
}
