package db.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.zjcs.shared.storage.FileStorageService;
import org.zjcs.shared.storage.FileStore;

/**
 * Demo data (demo mode only): firms in every registration state, with their materials as small sample PDFs
 * written to the data directory, so that the directory, the review queue and downloads can be tried at once.
 * A Java migration because the files must exist on disk, not only as rows.
 */
public class V3__Demo_firms extends BaseJavaMigration {

    private static final String DEMO_HASH = "$shiro2$argon2id$v=19$t=1,m=65536,p=4$igYGlsYhsCPDAPA7AfQF1w$B5aRFCqTTBoH0f7S8f7LMKOgSifCiY9kYmRKHoK4GIc";

    private FileStore store;
    private Connection c;

    @Override
    public void migrate(Context context) throws Exception {
        c = context.getConnection();
        Optional<String> dir = ConfigProvider.getConfig().getOptionalValue("zjcs.data.dir", String.class);
        store = new FileStore(FileStorageService.rootFrom(dir));

        // firm01's organisation already exists (V1): give it its approved registration.
        firm(1001, null, null, null, "APPROVED", "张秦川", "李娜", "029-88661234", "雁塔区高新路 52 号", "610113",
                new long[] {1, 3, 4}, "2026-10-08T01:30:00Z");
        qualification(1001, "EIA_CREDIT_REG", null, "HP61013001", "生态环境部环境影响评价信用平台", "2024-01-01", "2028-12-31");
        event(1001, "SUBMITTED", null, "firm01", "2026-10-08T01:30:00Z");
        event(1001, "APPROVED", null, "operator01", "2026-10-09T02:10:00Z");

        firm(1002, "西安华测地理信息技术有限公司", "91610131MA6U8N4P2H", "firm02", "APPROVED", "赵立新", "孙悦",
                "029-81234567", "高新区锦业路 69 号", "610113", new long[] {6, 8}, "2026-10-12T03:00:00Z");
        qualification(1002, "SURVEYING_MAPPING", "甲级", "甲测资字6100123", "自然资源部", "2023-06-01", "2028-05-31");
        qualification(1002, "ENG_SURVEY", "乙级", "B261012345", "陕西省住房和城乡建设厅", "2022-03-15", "2027-03-14");
        event(1002, "SUBMITTED", null, "firm02", "2026-10-12T03:00:00Z");
        event(1002, "APPROVED", null, "operator01", "2026-10-13T06:20:00Z");

        firm(1003, "陕西天诚房地产估价有限公司", "91610103MA6TQ7K31A", "firm03", "APPROVED", "钱正", "吴芳",
                "029-85512345", "碑林区南关正街 88 号", "610103", new long[] {13, 14}, "2026-10-15T02:00:00Z");
        qualification(1003, "REAL_ESTATE_APPR", "二级", "陕建房估字第0231号", "陕西省住房和城乡建设厅", "2023-07-01", "2026-06-30");
        qualification(1003, "LAND_APPRAISAL", null, "2023610018", "中国土地估价师与土地登记代理人协会", "2023-05-10", "2029-05-09");
        event(1003, "SUBMITTED", null, "firm03", "2026-10-15T02:00:00Z");
        event(1003, "APPROVED", null, "operator01", "2026-10-16T01:00:00Z");

        firm(1004, "陕西正信资产评估有限公司", "91610104MA6U3E9W82", "firm04", "SUBMITTED", "郑信", "冯磊",
                "029-86623456", "莲湖区北大街 1 号", "610104", new long[] {9}, "2026-11-18T02:30:00Z");
        qualification(1004, "ASSET_APPRAISAL", null, "陕财资评备〔2021〕15号", "陕西省财政厅", "2021-09-01", "2031-08-31");
        event(1004, "SUBMITTED", null, "firm04", "2026-11-18T02:30:00Z");

        firm(1005, "西安安泰安全技术咨询有限公司", "91610113MA6UAK2J52", "firm05", "RETURNED", "韩安", "陈静",
                "13909181234", "雁塔区科技二路 12 号", "610113", new long[] {2, 10}, "2026-11-10T01:00:00Z");
        qualification(1005, "SAFETY_ASSESSMENT", null, "APJ-（陕）-012", "陕西省应急管理厅", "2024-02-01", "2029-01-31");
        event(1005, "SUBMITTED", null, "firm05", "2026-11-10T01:00:00Z");
        event(1005, "RETURNED", "入驻登记表未加盖单位公章，请盖章后重新上传。", "operator01", "2026-11-11T07:00:00Z");
    }

    private void firm(long id, String name, String creditCode, String username, String status, String legalRep,
                      String contact, String phone, String address, String region, long[] items, String submitted)
            throws Exception {
        if (name != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, name, kind, credit_code, status, "
                    + "created_at) VALUES (?, ?, 'FIRM', ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, name);
                ps.setString(3, creditCode);
                ps.setString(4, "APPROVED".equals(status) ? "ACTIVE" : "PENDING");
                ps.setObject(5, utc(submitted));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (id, username, password_hash, "
                    + "display_name, organisation_id, status, created_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)")) {
                ps.setLong(1, id);
                ps.setString(2, username);
                ps.setString(3, DEMO_HASH);
                ps.setString(4, contact);
                ps.setLong(5, id);
                ps.setObject(6, utc(submitted));
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO user_role (user_id, role) VALUES (" + id + ", 'FIRM')");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO firm (organisation_id, legal_representative, contact_name, "
                + "contact_phone, address, region_code, registration_status, submitted_at, approved_at, "
                + "commitment_confirmed_at, commitment_locale, commitment_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'zh-CN', ?)")) {
            ps.setLong(1, id);
            ps.setString(2, legalRep);
            ps.setString(3, contact);
            ps.setString(4, phone);
            ps.setString(5, address);
            ps.setString(6, region);
            ps.setString(7, status);
            ps.setObject(8, utc(submitted));
            ps.setObject(9, "APPROVED".equals(status) ? utc(submitted).plusDays(1) : null);
            ps.setObject(10, utc(submitted));
            ps.setString(11, "0".repeat(63) + (id % 10));
            ps.executeUpdate();
        }
        for (long item : items) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO firm_service_item (firm_id, service_item_id) VALUES (" + id + ", " + item + ")");
            }
        }
        material(id, "BUSINESS_LICENCE", "营业执照.pdf", submitted);
        material(id, "LEGAL_REP_ID", "法定代表人身份证明.pdf", submitted);
        material(id, "REGISTRATION_FORM", "入驻登记表.pdf", submitted);
    }

    private void material(long firmId, String kind, String name, String at) throws Exception {
        long file = file(firmId, kind, name, at);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO firm_material (firm_id, kind, stored_file_id) VALUES (?, ?, ?)")) {
            ps.setLong(1, firmId);
            ps.setString(2, kind);
            ps.setLong(3, file);
            ps.executeUpdate();
        }
    }

    private void qualification(long firmId, String type, String level, String certificate, String issuer, String from,
                               String to) throws Exception {
        long scan = file(firmId, "QUALIFICATION_SCAN", "资质证书.pdf", "2026-10-01T00:00:00Z");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO firm_qualification (firm_id, type_code, level, "
                + "certificate_no, issuer, valid_from, valid_to, scan_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, firmId);
            ps.setString(2, type);
            ps.setString(3, level);
            ps.setString(4, certificate);
            ps.setString(5, issuer);
            ps.setObject(6, LocalDate.parse(from));
            ps.setObject(7, LocalDate.parse(to));
            ps.setLong(8, scan);
            ps.executeUpdate();
        }
    }

    private void event(long firmId, String action, String reason, String actor, String at) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO firm_review_event (firm_id, action, reason, actor, at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, firmId);
            ps.setString(2, action);
            ps.setString(3, reason);
            ps.setString(4, actor);
            ps.setObject(5, utc(at));
            ps.executeUpdate();
        }
    }

    /** A small sample PDF written through the file store, and its stored_file row. */
    private long file(long owner, String purpose, String name, String at) throws Exception {
        String pdf = "%PDF-1.4\n% ZJCS demo material: " + purpose + " of organisation " + owner + "\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        FileStore.Written w = store.write(new ByteArrayInputStream(pdf.getBytes(StandardCharsets.US_ASCII)), 1 << 20,
                Instant.parse(at));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stored_file (storage_key, sha256, size_bytes, content_type, "
                + "display_name, purpose, uploaded_by, uploaded_at, owner_organisation_id) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, w.storageKey());
            ps.setString(2, w.sha256());
            ps.setLong(3, w.size());
            ps.setString(4, w.type().contentType());
            ps.setString(5, name);
            ps.setString(6, purpose);
            ps.setObject(7, utc(at));
            ps.setLong(8, owner);
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static LocalDateTime utc(String iso) {
        return LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
    }
}
