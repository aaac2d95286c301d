package db.demo;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Demo data (demo mode only) of firm upkeep (issue 16 part 8): firm03 (陕西天诚房地产估价有限公司) has added land
 * appraisal to its business and moved; its change of licence data (new name and registered address, with the new
 * licence of {@code db/demo/demo-licence-files.csv}) waits for the operator on operator/licence-changes.xhtml. Until
 * it is approved the firm keeps its old name everywhere. A Java migration because the licence file must exist on disk.
 */
public class V18__Demo_licence_change extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DemoFiles.write(context, "/db/demo/demo-licence-files.csv");
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("INSERT INTO firm_licence_change (id, firm_id, old_name, new_name, old_credit_code, new_credit_code, "
                    + "old_legal_representative, new_legal_representative, old_address, new_address, old_region_code, "
                    + "new_region_code, old_licence_file_id, new_licence_file_id, registration_status, submitted_at) "
                    + "SELECT 5001, f.organisation_id, o.name, '陕西天诚房地产土地评估有限公司', o.credit_code, o.credit_code, "
                    + "f.legal_representative, f.legal_representative, f.address, '雁塔区科技路 33 号 天诚大厦 12 层', "
                    + "f.region_code, '610113', m.stored_file_id, 9601, 'SUBMITTED', '2026-12-04 02:00:00' "
                    + "FROM firm f JOIN organisation o ON o.id = f.organisation_id "
                    + "JOIN firm_material m ON m.firm_id = f.organisation_id AND m.kind = 'BUSINESS_LICENCE' "
                    + "WHERE f.organisation_id = 1003");
            s.execute("INSERT INTO firm_licence_change_event (change_id, action, reason, actor, at) "
                    + "VALUES (5001, 'SUBMITTED', NULL, 'firm03', '2026-12-04 02:00:00')");
        }
    }
}
