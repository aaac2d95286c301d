package db.demo;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only) of the portal's articles: the attachments of {@code db/demo/demo-article-files.csv} written
 * as small PDFs, then the statements of {@code db/demo/demo-articles.sql.txt} (政策法规, 办事指南 and 通知公告, one
 * published article with an attachment, a draft with one, a withdrawn guide). A Java migration because the attachments
 * must exist on disk, as V17's.
 */
public class V26__Demo_articles extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-article-files.csv");
        StringBuilder statement = new StringBuilder();
        try (InputStream sql = V26__Demo_articles.class.getResourceAsStream("/db/demo/demo-articles.sql.txt");
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
