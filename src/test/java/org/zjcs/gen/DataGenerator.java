package org.zjcs.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.zjcs.catalog.domain.RequirementMode;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.security.domain.Passwords;
import org.zjcs.selection.application.EnrolmentService;
import org.zjcs.selection.domain.QualificationScore;
import org.zjcs.selection.domain.Receipt;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.SubmissionKind;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;
import org.zjcs.selection.domain.method.Weights;
import org.zjcs.shared.crypto.Sealer;
import org.zjcs.shared.crypto.Sha256;

/**
 * Generates the rows of one run, in id order, into the {@link Loader}. Ids are given here (the database is empty), so
 * every reference is known without reading anything back. One random source, seeded with the run's seed, drives all
 * choices, in a fixed order.
 *
 * <p>What a notice has in each state follows the demo data (db-scripts/demo): a draft has its case and requirements; from
 * publication on, its PUBLICATION announcement (canonical JSON with the draw commitment, content hash SHA-256) and its
 * sealed enrolments with their submission ledger; from the deadline on (except cancelled ones), enrolments opened; from
 * selection on a selection result whose proof is made by the project's own selection rules ({@link SelectionRules},
 * {@link Proof}) from the notice's seed and the real receipts, so anyone can verify it; then the RESULT, AWARD,
 * DECLINED, FAILURE or CANCELLATION announcements, the contract versions, deliverables with their files, departments'
 * checks and ratings, the owner's evaluation and the credit events they cause.
 */
final class DataGenerator {

    static final String PASSWORD = "Zjcs@2026";
    static final String[] STATUS_ORDER = {"DRAFT", "PUBLISHED", "CLOSED", "SELECTED", "ANNOUNCED", "SUSPENDED", "AWARDED",
        "DECLINED", "CONTRACTED", "IN_SERVICE", "DELIVERED", "COMPLETED", "CANCELLED", "FAILED"};
    /** Per mille of the notices in each state of {@link #STATUS_ORDER}. */
    static final int[] STATUS_WEIGHTS = {30, 80, 10, 5, 30, 5, 30, 5, 40, 60, 40, 550, 30, 85};
    static final SelectionMethod[] METHODS = SelectionMethod.values();
    static final BigDecimal CREDIT = BigDecimal.valueOf(100);
    static final BigDecimal QUALIFICATION = QualificationScore.of(RequirementMode.ALL_OF, List.of(), List.of());
    static final BigDecimal DIRECT_PICK_LIMIT = new BigDecimal("100000.00");
    static final String[] LEVELS = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
    static final int[] LEVEL_WEIGHTS = {35, 45, 12, 6, 2};
    static final String[] RATINGS = {"GOOD", "FAIR", "POOR"};

    private final Generate.Config config;
    private final Sealer sealer;
    private final Reference ref;
    private final Loader loader;
    private final PrintStream out;
    private final SplittableRandom r;
    private final Instant now;
    private final String hash;

    // ids of the pieces made so far
    private long orgId;
    private long userId;
    private long fileId;
    private long qualificationId;
    private long enrolmentId;
    private long submissionId;
    private long announcementId;
    private long selectionId;
    private long contractId;
    private long deliverableId;
    private long evaluationId;
    private long ratingId;
    private long creditEventId;
    private long objectionId;
    private long listEntryId;
    private long reviewId;
    private long ownerReviewId;
    private long qualificationEventId;

    private long operatorUser;
    private long[] departments;
    private String[] departmentNames;
    private long[] approverUsers;
    // firms
    private long[] firmIds;
    private String[] firmNames;
    private boolean[] firmApproved;
    private long[][] firmsByItem;
    private int[] firmPoints;
    private int[] firmEvents;
    private Instant[] firmUpdated;
    // owners
    private long[] ownerIds;
    private String[] ownerNames;
    private String[] ownerCodes;
    private Reference.Region[] ownerRegions;
    private long[] ownerAdmins;
    private String[] ownerAdminNames;
    // shared stored files
    private long fileLicence;
    private long fileLegalRep;
    private long fileForm;
    private long fileScan;
    private long fileCertificate;
    private long fileContract;
    private long fileEvidence;
    private String evidenceSha;
    private Path deliverableTemplate;
    private String deliverableSha;
    private long deliverableSize;
    private final EnumMap<NoticeStatus, Long> statusCounts = new EnumMap<>(NoticeStatus.class);

    DataGenerator(Generate.Config config, Sealer sealer, Reference ref, Loader loader, PrintStream out) {
        this.config = config;
        this.sealer = sealer;
        this.ref = ref;
        this.loader = loader;
        this.out = out;
        this.r = new SplittableRandom(config.seed());
        this.now = config.now();
        out.println("zjcs-gen: hashing the password once (argon2id, as the application)");
        this.hash = Passwords.hash(PASSWORD);
    }

    Map<NoticeStatus, Long> statusCounts() {
        return statusCounts;
    }

    void generate() throws IOException {
        files();
        platform();
        firms();
        owners();
        notices();
        creditLists();
        firmCredit();
    }

    // ------------------------------------------------------------------ files

    private void files() throws IOException {
        Path root = config.dataDir();
        fileLicence = storedFile(root, "licence", "营业执照.pdf", "BUSINESS_LICENCE");
        fileLegalRep = storedFile(root, "legal-rep-id", "法定代表人身份证明.pdf", "LEGAL_REP_ID");
        fileForm = storedFile(root, "registration-form", "入驻申请表.pdf", "REGISTRATION_FORM");
        fileScan = storedFile(root, "qualification", "资质证书.pdf", "QUALIFICATION_SCAN");
        fileCertificate = storedFile(root, "owner-certificate", "统一社会信用代码证书.pdf", "OWNER_CERTIFICATE");
        fileContract = storedFile(root, "contract", "技术服务合同.pdf", "CONTRACT");
        fileEvidence = storedFile(root, "evidence", "证明材料.pdf", "CREDIT_EVIDENCE");
        evidenceSha = Sha256.hex(pdf("evidence"));
        deliverableTemplate = root.resolve("files/gen/deliverable.pdf");
        byte[] pdf = pdf("deliverable");
        Files.write(deliverableTemplate, pdf);
        deliverableSha = Sha256.hex(pdf);
        deliverableSize = pdf.length;
    }

    private long storedFile(Path root, String name, String display, String purpose) throws IOException {
        byte[] pdf = pdf(name);
        String key = "files/gen/" + name + ".pdf";
        Path p = root.resolve(key);
        Files.createDirectories(p.getParent());
        Files.write(p, pdf);
        long id = ++fileId;
        loader.table("stored_file", "id, storage_key, sha256, size_bytes, content_type, display_name, purpose, uploaded_by, "
                + "uploaded_at, owner_organisation_id").row(id, key, Sha256.hex(pdf), pdf.length, "application/pdf", display,
                purpose, "gen", now.minus(Duration.ofDays(800)), null);
        return id;
    }

    /** A small valid one-page PDF saying what it stands for (ASCII text: no font needed). */
    static byte[] pdf(String label) {
        String text = "BT /F1 18 Tf 72 720 Td (ZJCS generated file: " + label + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A deliverable's own stored file (deliverable_file.file_id is unique): a hard link to the template PDF. */
    private long deliverableFile(String display, long owner, String by, Instant at) throws IOException {
        long id = ++fileId;
        long bucket = id / 2000;
        String key = "files/gen/deliverables/" + pad(bucket, 4) + "/" + id + ".pdf";
        Path p = config.dataDir().resolve(key);
        if (bucket != lastBucket) {
            Files.createDirectories(p.getParent());
            lastBucket = bucket;
        }
        try {
            Files.createLink(p, deliverableTemplate);
        } catch (FileAlreadyExistsException e) {
            // a file of an earlier, failed run: same bytes
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(deliverableTemplate, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        loader.table("stored_file", "id, storage_key, sha256, size_bytes, content_type, display_name, purpose, uploaded_by, "
                + "uploaded_at, owner_organisation_id").row(id, key, deliverableSha, deliverableSize, "application/pdf",
                display, "DELIVERABLE", by, at, owner);
        return id;
    }

    // ------------------------------------------------------------------ organisations and accounts

    private long organisation(String name, String kind, String code, String status, Instant at) {
        long id = ++orgId;
        loader.table("organisation", "id, name, kind, credit_code, status, created_at").row(id, name, kind, code, status, at);
        return id;
    }

    private long account(String username, String display, long org, String role, boolean admin, Instant at) {
        long id = ++userId;
        loader.table("user_account", "id, username, password_hash, display_name, organisation_id, status, created_at, unit_admin")
                .row(id, username, hash, display, org, "ACTIVE", at, admin);
        loader.table("user_role", "user_id, role").row(id, role);
        return id;
    }

    private Reference.Region region() {
        return r.nextInt(10) < 7 ? ref.home().get(r.nextInt(ref.home().size())) : ref.regions().get(r.nextInt(ref.regions().size()));
    }

    private void platform() {
        Instant at = now.minus(Duration.ofDays(900));
        long operator = organisation("生成数据政务服务中心", "OPERATOR", null, "ACTIVE", at);
        operatorUser = account("gen-operator", Words.person(r), operator, "OPERATOR", true, at);
        long regulator = organisation("生成数据发展和改革委员会", "REGULATOR", null, "ACTIVE", at);
        account("gen-regulator", Words.person(r), regulator, "REGULATOR", true, at);
        int n = config.scale().departments();
        departments = new long[n];
        departmentNames = new String[n];
        approverUsers = new long[n];
        for (int i = 0; i < n; i++) {
            Reference.Region g = region();
            departmentNames[i] = g.city() + g.name() + Words.DEPARTMENTS[i % Words.DEPARTMENTS.length];
            departments[i] = organisation(departmentNames[i], "DEPARTMENT", Codes.creditCode("11", g.code(), orgId + 1),
                    "ACTIVE", at);
            approverUsers[i] = account(user("gd", i + 1), Words.person(r), departments[i], "APPROVER", true, at);
        }
    }

    private void firms() {
        int n = config.scale().firms();
        firmIds = new long[n];
        firmNames = new String[n];
        firmApproved = new boolean[n];
        List<List<Long>> byItem = new ArrayList<>();
        for (int i = 0; i < ref.items().size(); i++) {
            byItem.add(new ArrayList<>());
        }
        Loader.Table firm = loader.table("firm", "organisation_id, legal_representative, contact_name, contact_phone, address, "
                + "region_code, registration_status, submitted_at, approved_at, commitment_confirmed_at, commitment_locale, "
                + "commitment_hash");
        Loader.Table items = loader.table("firm_service_item", "firm_id, service_item_id");
        Loader.Table materials = loader.table("firm_material", "firm_id, kind, stored_file_id");
        Loader.Table quals = loader.table("firm_qualification", "id, firm_id, type_code, level, certificate_no, issuer, "
                + "valid_from, valid_to, scan_file_id, review_status, submitted_at, decided_at");
        Loader.Table qualEvents = loader.table("firm_qualification_event", "id, qualification_id, action, reason, actor, at");
        Loader.Table reviews = loader.table("firm_review_event", "id, firm_id, action, reason, actor, at");
        for (int i = 0; i < n; i++) {
            Reference.Region g = region();
            Instant submitted = now.minus(Duration.ofMinutes(60L * 24 * 30 + r.nextInt(60 * 24 * 1000)));
            int roll = r.nextInt(100);
            String status = roll < 94 ? "APPROVED" : roll < 97 ? "SUBMITTED" : "RETURNED";
            boolean approved = status.equals("APPROVED");
            String name = Words.firmName(r, g.city().isEmpty() ? g.name() : g.city());
            long id = organisation(name, "FIRM", Codes.creditCode("91", g.code(), orgId + 1),
                    approved ? "ACTIVE" : "PENDING", submitted);
            String username = user("gf", i + 1);
            String contact = Words.person(r);
            account(username, contact, id, "FIRM", true, submitted);
            Instant approvedAt = approved ? submitted.plus(Duration.ofHours(4 + r.nextInt(40))) : null;
            firm.row(id, Words.person(r), contact, Words.phone(r), Words.address(r, g.name()), g.code(), status, submitted,
                    approvedAt, submitted, "zh-CN", Sha256.hex("zjcs-gen commitment " + id));
            firmIds[i] = id;
            firmNames[i] = name;
            firmApproved[i] = approved;
            materials.row(id, "BUSINESS_LICENCE", fileLicence);
            materials.row(id, "LEGAL_REP_ID", fileLegalRep);
            materials.row(id, "REGISTRATION_FORM", fileForm);
            reviews.row(++reviewId, id, "SUBMITTED", null, username, submitted);
            if (status.equals("RETURNED")) {
                reviews.row(++reviewId, id, "RETURNED", Words.pick(r, Words.RETURN_REASONS), "gen-operator",
                        submitted.plus(Duration.ofHours(20)));
            } else if (approved) {
                reviews.row(++reviewId, id, "APPROVED", null, "gen-operator", approvedAt);
            }
            int k = 1 + r.nextInt(4);
            boolean[] chosen = new boolean[ref.items().size()];
            List<String> types = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                int item = r.nextInt(ref.items().size());
                if (chosen[item]) {
                    continue;
                }
                chosen[item] = true;
                items.row(id, ref.items().get(item).id());
                if (approved) {
                    byItem.get(item).add((long) i);
                }
                for (Reference.Requirement q : ref.items().get(item).requirements()) {
                    if (types.contains(q.type())) {
                        continue;
                    }
                    types.add(q.type());
                    LocalDate from = LocalDate.ofInstant(submitted, ZoneOffset.UTC).minusDays(r.nextInt(1500));
                    LocalDate to = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(200 + r.nextInt(1500));
                    long qid = ++qualificationId;
                    quals.row(qid, id, q.type(), q.bestLevel(), "GEN" + q.type().substring(0, 3) + pad(qid, 8),
                            "生成数据资质发证机关", from, to, fileScan, approved ? "APPROVED" : "PENDING", submitted, approvedAt);
                    qualEvents.row(++qualificationEventId, qid, "SUBMITTED", null, username, submitted);
                    if (approved) {
                        qualEvents.row(++qualificationEventId, qid, "APPROVED", null, "gen-operator", approvedAt);
                    }
                }
            }
        }
        firmsByItem = new long[byItem.size()][];
        for (int i = 0; i < byItem.size(); i++) {
            firmsByItem[i] = byItem.get(i).stream().mapToLong(Long::longValue).toArray();
        }
        firmPoints = new int[n];
        firmEvents = new int[n];
        firmUpdated = new Instant[n];
    }

    private void owners() {
        int n = config.scale().owners();
        ownerIds = new long[n];
        ownerNames = new String[n];
        ownerCodes = new String[n];
        ownerRegions = new Reference.Region[n];
        ownerAdmins = new long[n];
        ownerAdminNames = new String[n];
        Loader.Table unit = loader.table("owner_unit", "organisation_id, unit_type, contact_name, contact_phone, address, "
                + "region_code, certificate_file_id, registration_status, submitted_at, approved_at");
        Loader.Table reviews = loader.table("owner_review_event", "id, owner_id, action, reason, actor, at");
        int members = 0;
        for (int i = 0; i < n; i++) {
            Reference.Region g = region();
            String kind = Words.pick(r, Words.OWNER_KINDS);
            String type = kind.endsWith("公司") ? "ENTERPRISE" : kind.endsWith("局") ? "GOVERNMENT_AGENCY" : "PUBLIC_INSTITUTION";
            String category = type.equals("ENTERPRISE") ? "91" : type.equals("GOVERNMENT_AGENCY") ? "11" : "12";
            String name = g.city() + g.name() + kind;
            Instant submitted = now.minus(Duration.ofMinutes(60L * 24 * 40 + r.nextInt(60 * 24 * 1000)));
            Instant approved = submitted.plus(Duration.ofHours(3 + r.nextInt(40)));
            String code = Codes.creditCode(category, g.code(), orgId + 1);
            long id = organisation(name, "OWNER", code, "ACTIVE", submitted);
            String admin = user("go", i + 1);
            String contact = Words.person(r);
            ownerAdmins[i] = account(admin, contact, id, "OWNER", true, submitted);
            ownerAdminNames[i] = admin;
            if (r.nextInt(10) < 3) {
                account(user("gm", ++members), Words.person(r), id, "OWNER", false, approved);
            }
            unit.row(id, type, contact, Words.phone(r), Words.address(r, g.name()), g.code(), fileCertificate, "APPROVED",
                    submitted, approved);
            reviews.row(++ownerReviewId, id, "SUBMITTED", null, admin, submitted);
            reviews.row(++ownerReviewId, id, "APPROVED", null, "gen-operator", approved);
            ownerIds[i] = id;
            ownerNames[i] = name;
            ownerCodes[i] = code;
            ownerRegions[i] = g;
        }
    }

    // ------------------------------------------------------------------ notices

    /** One enrolment as generated: the firm (index), its status, its final receipt and price. */
    private record Enrolled(int firm, boolean active, String receipt, BigDecimal price) {
    }

    private NoticeStatus status() {
        int x = r.nextInt(1000);
        for (int i = 0; i < STATUS_WEIGHTS.length; i++) {
            x -= STATUS_WEIGHTS[i];
            if (x < 0) {
                return NoticeStatus.valueOf(STATUS_ORDER[i]);
            }
        }
        return NoticeStatus.COMPLETED;
    }

    private static Instant at9(Instant t) {
        return t.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
    }

    private Instant daysAgo(int min, int max) {
        return now.minus(Duration.ofMinutes(60L * 24 * min + r.nextInt(Math.max(1, 60 * 24 * (max - min)))));
    }

    private Instant clamp(Instant t) {
        Instant limit = now.minus(Duration.ofMinutes(5));
        return t.isAfter(limit) ? limit : t;
    }

    private void notices() throws IOException {
        int n = config.scale().notices();
        Loader.Table cases = loader.table("approval_case", "id, case_number, project_name, project_code, department_id, "
                + "approval_item, owner_credit_code, source, registered_at, registered_by");
        Loader.Table notice = loader.table("notice", "id, owner_id, created_by_user, service_item_id, title, service_content, "
                + "project_scale, region_code, fund_source, selection_method, fixed_price, price_floor, price_ceiling, "
                + "min_bidders, weight_price, weight_credit, weight_qualification, coefficients, direct_pick_reason, "
                + "requirement_mode, service_days, planned_deadline, enrolment_deadline, contact_name, contact_phone, "
                + "complaint_phone, status, created_at, updated_at, published_at, draw_commitment, draw_seed_sealed, "
                + "publicity_ends_at");
        Loader.Table noticeCase = loader.table("notice_case", "notice_id, approval_case_id");
        Loader.Table requirement = loader.table("notice_requirement", "notice_id, position, type_code, min_level");
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        for (int i = 0; i < n; i++) {
            long id = i + 1;
            int owner = r.nextInt(ownerIds.length);
            int itemIndex = r.nextInt(ref.items().size());
            Reference.Item item = ref.items().get(itemIndex);
            int dept = r.nextInt(departments.length);
            NoticeStatus status = status();
            SelectionMethod method = METHODS[r.nextInt(METHODS.length)];
            boolean priced = EnrolmentService.priced(method);
            if (status == NoticeStatus.CLOSED) {
                method = SelectionMethod.DIRECT_PICK;
            } else if (status == NoticeStatus.DECLINED && !priced) {
                method = SelectionMethod.LOWEST_PRICE;
            } else if (status == NoticeStatus.FAILED && method == SelectionMethod.DIRECT_PICK) {
                method = SelectionMethod.RANDOM_DRAW;
            }
            priced = EnrolmentService.priced(method);
            if (firmsByItem[itemIndex].length < 3) {
                // an item hardly any firm offers: take another that has firms (the catalogue has several)
                for (int j = 0; j < firmsByItem.length; j++) {
                    if (firmsByItem[j].length >= 3) {
                        itemIndex = j;
                        item = ref.items().get(j);
                        break;
                    }
                }
            }
            // times
            Instant deadline;
            switch (status) {
                case DRAFT -> deadline = at9(now.plus(Duration.ofDays(5 + r.nextInt(25))));
                case PUBLISHED -> deadline = at9(now.plus(Duration.ofDays(1 + r.nextInt(35))));
                case CLOSED, ANNOUNCED, SUSPENDED -> deadline = now.minus(Duration.ofMinutes(60 + r.nextInt(60 * 40)));
                case SELECTED -> deadline = now.minus(Duration.ofSeconds(30 + r.nextInt(600)));
                case AWARDED, DECLINED -> deadline = at9(daysAgo(4, 15));
                case CONTRACTED -> deadline = at9(daysAgo(8, 30));
                case IN_SERVICE -> deadline = at9(daysAgo(20, 60));
                case DELIVERED -> deadline = at9(daysAgo(35, 90));
                default -> deadline = at9(daysAgo(60, 720));
            }
            Instant published = status == NoticeStatus.DRAFT ? null
                    : deadline.minus(Duration.ofMinutes(60L * 24 * 5 + r.nextInt(60 * 24 * 10)));
            if (published != null && published.isAfter(now)) {
                published = now.minus(Duration.ofHours(1));
            }
            Instant created = (published == null ? now : published).minus(Duration.ofMinutes(60 + r.nextInt(60 * 24 * 5)));
            // the approval case: one per notice
            Reference.Region g = ownerRegions[owner];
            String project = Words.projectName(r, g.name());
            int caseYear = Math.min(year, created.atOffset(ZoneOffset.UTC).getYear());
            String projectCode = Codes.projectCode(caseYear, g.code(), 1 + r.nextInt(98), 1 + r.nextInt(3), id);
            String caseNumber = "SP" + pad(dept + 1, 3) + "-" + caseYear + "-" + pad(id, 7);
            boolean api = r.nextBoolean();
            cases.row(id, caseNumber, project, projectCode, departments[dept], item.approvalItem(), ownerCodes[owner],
                    api ? "API" : "OWNER", created.minus(Duration.ofDays(2)), api ? "api:" + departments[dept] : ownerAdminNames[owner]);
            // terms
            BigDecimal budget = BigDecimal.valueOf((method == SelectionMethod.DIRECT_PICK ? 200 + r.nextInt(800)
                    : 200 + r.nextInt(4800)) * 100L).setScale(2);
            BigDecimal fixed = priced ? null : budget;
            BigDecimal floor = priced ? budget.multiply(BigDecimal.valueOf(70)).divide(BigDecimal.valueOf(100)).setScale(2) : null;
            BigDecimal ceiling = priced ? budget : null;
            int minBidders = method == SelectionMethod.DIRECT_PICK ? 1 : 3;
            Weights weights = method == SelectionMethod.SCORED ? new Weights(60, 20, 20) : null;
            String coefficients = method == SelectionMethod.REASONABLE_PRICE ? "95,96,97,98" : null;
            String reason = method == SelectionMethod.DIRECT_PICK ? "项目规模小，预算低于直接选取限额，须与前期工作衔接。" : null;
            int serviceDays = 10 + r.nextInt(50);
            String title = project + item.name();
            String content = Words.serviceContent(r, item.name(), departmentNames[dept]);
            String scale = Words.projectScale(r);
            String fund = r.nextInt(4) == 0 ? "SOCIAL" : "FISCAL";
            String contact = Words.person(r);
            String phone = Words.phone(r);
            String complaint = Words.phone(r);
            byte[] seed = HexFormat.of().parseHex(Sha256.hex("zjcs-gen|draw-seed|" + config.seed() + "|" + id));
            String commitment = published == null ? null : DrawStream.commitment(seed);
            String seedSealed = published == null ? null
                    : sealer.seal(DrawCommitment.seedContext(id), HexFormat.of().formatHex(seed));
            Instant selectedAt = deadline.plusSeconds(2);
            Instant publicityEnds = selectedAt.plus(Duration.ofDays(3));
            boolean hasPublicity = status.isResultPossible() && status != NoticeStatus.FAILED
                    && status != NoticeStatus.CANCELLED;
            int owner0 = owner;
            // enrolments
            String ownerUser = ownerAdminNames[owner0];
            List<Enrolled> enrolled = published == null ? List.of()
                    : enrol(id, status, method, itemIndex, floor, ceiling, published, deadline);
            // selection
            NoticeStatus finalStatus = status;
            String publication = null;
            if (published != null) {
                publication = announcementJson(id, "PUBLICATION", published, ownerNames[owner0], title, item.code(), content,
                        scale, g.code(), fund, method, fixed, floor, ceiling, minBidders, weights, coefficients, reason,
                        item.mode(), item.requirements(), serviceDays, deadline, contact, phone, complaint, caseNumber,
                        projectCode, commitment);
                announce(id, "PUBLICATION", published, ownerUser, null, publication, null, null);
            }
            if (status == NoticeStatus.CANCELLED) {
                Instant cancelled = clamp(published.plus(Duration.between(published, deadline).dividedBy(2)));
                announce(id, "CANCELLATION", cancelled, ownerUser, "项目建设方案调整，本次采购终止。", publication, null, null);
            }
            if (status.isResultPossible() && status != NoticeStatus.CANCELLED) {
                finalStatus = select(id, status, method, minBidders, weights, enrolled, seed, selectedAt, publicityEnds,
                        publication, owner0, dept, item, title, serviceDays, budget, g.code());
            }
            statusCounts.merge(finalStatus, 1L, Long::sum);
            notice.row(id, ownerIds[owner0], ownerAdmins[owner0], item.id(), title, content, scale, g.code(), fund,
                    method.name(), fixed, floor, ceiling, minBidders, weights == null ? null : weights.price(),
                    weights == null ? null : weights.credit(), weights == null ? null : weights.qualification(), coefficients,
                    reason, item.mode(), serviceDays, deadline.plus(Duration.ofHours(8)), published == null ? null : deadline,
                    contact, phone, complaint, finalStatus.name(), created, published == null ? created : published, published,
                    commitment, seedSealed, hasPublicity && finalStatus != NoticeStatus.SELECTED ? publicityEnds : null);
            noticeCase.row(id, id);
            int pos = 0;
            for (Reference.Requirement q : item.requirements()) {
                requirement.row(id, pos++, q.type(), q.minLevel());
            }
        }
    }

    /** The sealed enrolments of a published notice and their submission ledger. */
    private List<Enrolled> enrol(long noticeId, NoticeStatus status, SelectionMethod method, int itemIndex, BigDecimal floor,
                                 BigDecimal ceiling, Instant published, Instant deadline) {
        long[] pool = firmsByItem[itemIndex];
        int k;
        switch (status) {
            case FAILED -> k = r.nextInt(3);
            case PUBLISHED, CANCELLED -> k = r.nextInt(16);
            default -> k = method == SelectionMethod.DIRECT_PICK ? 1 + r.nextInt(4) : 4 + r.nextInt(13);
        }
        k = Math.min(k, pool.length);
        boolean opened = status != NoticeStatus.PUBLISHED && status != NoticeStatus.CANCELLED;
        boolean mayWithdraw = !opened;
        boolean priced = EnrolmentService.priced(method);
        // distinct firms: a partial shuffle of the pool's positions
        int[] picks = distinct(pool.length, k);
        Loader.Table enrolment = loader.table("enrolment", "id, notice_id, firm_tag, firm_sealed, status, price_sealed, "
                + "receipt_hash, submitted_at, nonce_sealed, submissions, firm_id, opened_price");
        Loader.Table ledger = loader.table("enrolment_submission", "id, enrolment_id, kind, submitted_at, receipt_hash");
        List<Enrolled> result = new ArrayList<>(k);
        long window = Math.max(60, Duration.between(published, deadline.isAfter(now) ? now : deadline).getSeconds() - 10);
        for (int p : picks) {
            int firmIndex = (int) pool[p];
            long firmId = firmIds[firmIndex];
            long eid = ++enrolmentId;
            List<SubmissionKind> kinds = new ArrayList<>();
            kinds.add(SubmissionKind.ENROL);
            if (priced) {
                while (kinds.size() < 4 && r.nextInt(100) < 45) {
                    kinds.add(SubmissionKind.REVISE);
                }
            }
            if (mayWithdraw && r.nextInt(100) < 6) {
                kinds.add(SubmissionKind.WITHDRAW);
                if (r.nextBoolean()) {
                    kinds.add(SubmissionKind.REENROL);
                }
            }
            long[] offsets = new long[kinds.size()];
            for (int j = 0; j < offsets.length; j++) {
                offsets[j] = 1 + r.nextLong(window);
            }
            Arrays.sort(offsets);
            String tag = EnrolmentService.tag(sealer, noticeId, firmId);
            String receipt = null;
            String nonce = null;
            BigDecimal price = null;
            Instant at = null;
            for (int j = 0; j < kinds.size(); j++) {
                SubmissionKind kind = kinds.get(j);
                at = published.plusSeconds(offsets[j]).plusMillis(r.nextInt(1000));
                price = kind == SubmissionKind.WITHDRAW || !priced ? null
                        : floor.add(ceiling.subtract(floor).multiply(BigDecimal.valueOf(r.nextInt(101)))
                        .divide(BigDecimal.valueOf(100))).setScale(-2, java.math.RoundingMode.DOWN).setScale(2);
                if (price != null && price.compareTo(floor) < 0) {
                    price = floor;
                }
                nonce = Sha256.hex("zjcs-gen|nonce|" + config.seed() + "|" + eid + "|" + j).substring(0, 32);
                receipt = Receipt.hash(noticeId, firmId, kind, price, at, nonce);
                ledger.row(++submissionId, eid, kind.name(), at, receipt);
            }
            boolean active = kinds.get(kinds.size() - 1) != SubmissionKind.WITHDRAW;
            enrolment.row(eid, noticeId, tag, sealer.seal(EnrolmentService.firmContext(noticeId, tag), Long.toString(firmId)),
                    active ? "ACTIVE" : "WITHDRAWN",
                    price == null ? null : sealer.seal(EnrolmentService.priceContext(noticeId, tag), price.toPlainString()),
                    receipt, at, sealer.seal(EnrolmentService.nonceContext(noticeId, tag), nonce), kinds.size(),
                    opened ? firmId : null, opened ? price : null);
            result.add(new Enrolled(firmIndex, active, receipt, price));
        }
        return result;
    }

    private int[] distinct(int n, int k) {
        if (k >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] out = new int[k];
        int found = 0;
        while (found < k) {
            int c = r.nextInt(n);
            boolean seen = false;
            for (int j = 0; j < found; j++) {
                seen |= out[j] == c;
            }
            if (!seen) {
                out[found++] = c;
            }
        }
        return out;
    }

    /** The selection (with its real proof) and everything after it, as far as the notice's state goes. */
    private NoticeStatus select(long id, NoticeStatus status, SelectionMethod method, int minBidders, Weights weights,
                                List<Enrolled> enrolled, byte[] seed, Instant selectedAt, Instant publicityEnds,
                                String publication, int owner, int dept, Reference.Item item, String title, int serviceDays,
                                BigDecimal budget, String regionCode) throws IOException {
        if (status == NoticeStatus.CLOSED) {
            return status; // a direct pick waiting for the owner to name the firm
        }
        List<Entry> entries = new ArrayList<>();
        for (Enrolled e : enrolled) {
            if (e.active()) {
                entries.add(new Entry(firmIds[e.firm()], firmNames[e.firm()], e.receipt(), e.price(), CREDIT, QUALIFICATION));
            }
        }
        Long directPick = method == SelectionMethod.DIRECT_PICK && !entries.isEmpty()
                ? entries.get(r.nextInt(entries.size())).firmId() : null;
        List<Integer> coefficients = method == SelectionMethod.REASONABLE_PRICE ? SelectionInput.DEFAULT_COEFFICIENTS : null;
        SelectionInput input = new SelectionInput(id, method, minBidders, coefficients, weights, directPick, entries);
        Outcome outcome = SelectionRules.select(input, seed);
        String proof = Proof.of(input, seed, outcome).toJson();
        String proofHash = Sha256.hex(proof);
        String by = method == SelectionMethod.DIRECT_PICK ? ownerAdminNames[owner] : "system";
        long sid = ++selectionId;
        Loader.Table result = loader.table("selection_result", "id, notice_id, round, status, method, failure_reason, "
                + "winner_firm_id, amount, seed_hex, proof, proof_hash, selected_at, selected_by, declined_at, decline_reason, "
                + "basis, based_on_round, service_item_id, province_code");
        String province = SelectionResult.provinceOf(regionCode);
        String ownerUser = ownerAdminNames[owner];
        if (!outcome.isSelected()) {
            result.row(sid, id, 1, "FAILED", method.name(), outcome.failure().name(), null, null, HexFormat.of().formatHex(seed),
                    proof, proofHash, selectedAt, by, null, null, "SELECTION", null, item.id(), province);
            announce(id, "FAILURE", selectedAt, by, null, publication,
                    "{\"round\":1,\"method\":\"" + method.name() + "\",\"status\":\"FAILED\",\"reason\":\""
                            + outcome.failure().name() + "\",\"proofHash\":\"" + proofHash + "\"}", null);
            return NoticeStatus.FAILED;
        }
        if (status == NoticeStatus.FAILED) {
            // cannot happen with fewer entries than the minimum; kept for safety
            status = NoticeStatus.ANNOUNCED;
        }
        Entry winner = outcome.winner();
        BigDecimal amount = winner.price() != null ? winner.price() : budget;
        int winnerIndex = indexOf(winner.firmId());
        boolean declined = status == NoticeStatus.DECLINED;
        Instant awardAt = publicityEnds.plusSeconds(2);
        Instant declinedAt = declined ? clamp(awardAt.plus(Duration.ofHours(20 + r.nextInt(48)))) : null;
        result.row(sid, id, 1, declined ? "DECLINED" : "SELECTED", method.name(), null, winner.firmId(), amount,
                HexFormat.of().formatHex(seed), proof, proofHash, selectedAt, by, declinedAt,
                declined ? "人员安排调整，无法按期履约，放弃中选。" : null, "SELECTION", null, item.id(), province);
        if (status == NoticeStatus.SELECTED) {
            return status;
        }
        String outcomeJson = "{\"round\":1,\"method\":\"" + method.name() + "\",\"status\":\"SELECTED\",\"eligible\":"
                + entries.size() + ",\"excluded\":0,\"proofHash\":\"" + proofHash + "\",\"winner\":" + winner.firmId()
                + ",\"winnerName\":" + json(winner.firmName()) + ",\"amount\":\"" + amount.toPlainString()
                + "\",\"publicityEndsAt\":\"" + publicityEnds + "\"}";
        announce(id, "RESULT", selectedAt, by, null, publication, outcomeJson, null);
        if (status == NoticeStatus.ANNOUNCED) {
            return status;
        }
        if (status == NoticeStatus.SUSPENDED) {
            Entry loser = entries.stream().filter(e -> e.firmId() != winner.firmId()).findFirst().orElse(null);
            if (loser != null) {
                Instant raised = clamp(selectedAt.plus(Duration.ofMinutes(30 + r.nextInt(600))));
                loader.table("objection", "id, notice_id, selection_id, firm_id, reason, evidence_file_id, raised_at, raised_by, "
                        + "answer_due, status").row(++objectionId, id, sid, loser.firmId(),
                        "中选结果公示的报价计算与公告规则不一致，请求复核。", null, raised,
                        user("gf", indexOf(loser.firmId()) + 1), raised.plus(Duration.ofDays(3)), "OPEN");
            }
            return status;
        }
        announce(id, "AWARD", awardAt, "system", null, publication,
                "{\"round\":1,\"winner\":" + winner.firmId() + ",\"amount\":\"" + amount.toPlainString() + "\"}", null);
        String firmUser = user("gf", winnerIndex + 1);
        if (declined) {
            announce(id, "DECLINED", declinedAt, firmUser, "人员安排调整，无法按期履约，放弃中选。", publication,
                    "{\"round\":1,\"firm\":" + winner.firmId() + "}", null);
            credit(winnerIndex, "AWARD_DECLINED", "SELECTION_RESULT", sid, id, declinedAt, firmUser);
            return status;
        }
        Loader.Table contract = loader.table("contract_version", "id, notice_id, revision, uploader_party, uploader_org_id, "
                + "winner_firm_id, file_id, amount, service_content, service_start, service_end, status, submitted_at, "
                + "submitted_by, due_at, answered_at, answered_by, return_reason, late");
        Instant contractDue = awardAt.plus(Duration.ofDays(7));
        Instant submitted = clamp(awardAt.plus(Duration.ofHours(20 + r.nextInt(72))));
        String serviceText = "完成" + title + "的全部服务内容，配合完成审批。";
        if (status == NoticeStatus.AWARDED) {
            if (r.nextBoolean()) {
                LocalDate start = LocalDate.ofInstant(submitted, ZoneOffset.UTC).plusDays(1);
                contract.row(++contractId, id, 1, "OWNER", ownerIds[owner], winner.firmId(), fileContract, amount,
                        serviceText, start, start.plusDays(serviceDays * 7L / 5), "SUBMITTED", submitted, ownerUser,
                        contractDue, null, null, null, false);
            }
            return status;
        }
        int revision = 1;
        if (r.nextInt(10) == 0) {
            LocalDate start = LocalDate.ofInstant(submitted, ZoneOffset.UTC).plusDays(1);
            contract.row(++contractId, id, revision++, "OWNER", ownerIds[owner], winner.firmId(), fileContract, amount,
                    serviceText, start, start.plusDays(serviceDays * 7L / 5), "RETURNED", submitted, ownerUser, contractDue,
                    submitted.plus(Duration.ofHours(5)), firmUser, "合同付款节点与采购公告不一致，请更正。", false);
            submitted = submitted.plus(Duration.ofHours(26));
        }
        boolean late = r.nextInt(20) == 0;
        Instant confirmed = clamp(late ? contractDue.plus(Duration.ofHours(30)) : submitted.plus(Duration.ofHours(3 + r.nextInt(30))));
        LocalDate start = LocalDate.ofInstant(confirmed, ZoneOffset.UTC);
        long cid = ++contractId;
        contract.row(cid, id, revision, "OWNER", ownerIds[owner], winner.firmId(), fileContract, amount, serviceText, start,
                start.plusDays(serviceDays * 7L / 5), "CONFIRMED", submitted, ownerUser, contractDue, confirmed, firmUser, null,
                late);
        if (late) {
            credit(winnerIndex, "CONTRACT_FILED_LATE", "CONTRACT", cid, id, confirmed, firmUser);
        }
        if (status == NoticeStatus.CONTRACTED) {
            return status;
        }
        // deliverables
        Loader.Table deliverable = loader.table("deliverable", "id, notice_id, revision, winner_firm_id, note, status, "
                + "submitted_at, submitted_by, due_at, late, answered_at, answered_by, return_reason");
        Loader.Table dfile = loader.table("deliverable_file", "deliverable_id, position, file_id, sha256, display_name");
        Instant due = confirmed.plus(Duration.ofDays(serviceDays * 7L / 5));
        boolean lateDelivery = r.nextInt(25) == 0;
        Instant first = clamp(lateDelivery ? due.plus(Duration.ofHours(20))
                : confirmed.plus(Duration.ofMinutes(60L * 24 * 2 + r.nextInt(60 * 24 * Math.max(1, serviceDays - 2)))));
        if (first.isAfter(now.minus(Duration.ofHours(2)))) {
            first = now.minus(Duration.ofHours(2));
        }
        String reportName = item.name() + "成果报告.pdf";
        int rev = 1;
        long firstDeliverable = deliverableId + 1;
        long lastDeliverable;
        Instant at = first;
        if (r.nextInt(5) == 0) {
            long d = ++deliverableId;
            deliverable.row(d, id, rev++, winner.firmId(), "提交" + item.name() + "成果文件（送审稿）。", "RETURNED_BY_OWNER", at,
                    firmUser, due, lateDelivery, clamp(at.plus(Duration.ofHours(20))), ownerUser,
                    Words.pick(r, Words.RETURN_REASONS));
            dfile.row(d, 0, deliverableFile(reportName, firmIds[winnerIndex], firmUser, at),
                    deliverableSha, reportName);
            at = clamp(at.plus(Duration.ofHours(44)));
        }
        if (lateDelivery) {
            credit(winnerIndex, "DELIVERABLE_LATE", "DELIVERABLE", firstDeliverable, id, first, firmUser);
        }
        lastDeliverable = ++deliverableId;
        String finalStatus = switch (status) {
            case IN_SERVICE -> "SUBMITTED";
            case DELIVERED -> "ACCEPTED";
            default -> "PASSED";
        };
        Instant accepted = status == NoticeStatus.IN_SERVICE ? null : clamp(at.plus(Duration.ofHours(6 + r.nextInt(40))));
        deliverable.row(lastDeliverable, id, rev, winner.firmId(), "提交" + item.name() + "成果文件（报批稿）。", finalStatus, at,
                firmUser, due, lateDelivery && rev == 1, accepted, accepted == null ? null : ownerUser, null);
        dfile.row(lastDeliverable, 0, deliverableFile(reportName, firmIds[winnerIndex], firmUser, at), deliverableSha, reportName);
        if (status == NoticeStatus.IN_SERVICE) {
            return status;
        }
        // the owner's evaluation: expected from the acceptance, given for completed notices (most)
        boolean evaluated = status == NoticeStatus.COMPLETED && r.nextInt(10) < 9;
        Instant evaluatedAt = evaluated ? clamp(accepted.plus(Duration.ofHours(3 + r.nextInt(40)))) : null;
        String level = null;
        long eid = ++evaluationId;
        if (evaluated) {
            int x = r.nextInt(100);
            int li = 0;
            while (x >= LEVEL_WEIGHTS[li]) {
                x -= LEVEL_WEIGHTS[li++];
            }
            level = LEVELS[li];
            int base = 5 - li;
            loader.table("evaluation", "id, notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at, "
                    + "quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by")
                    .row(eid, id, title, lastDeliverable, ownerIds[owner], winner.firmId(), accepted,
                            accepted.plus(Duration.ofDays(3)), aspect(base), aspect(base), aspect(base), aspect(base),
                            aspect(base), level, null, evaluatedAt, ownerUser);
            credit(winnerIndex, "EVALUATION_" + level, "EVALUATION", eid, id, evaluatedAt, ownerUser);
        } else {
            loader.table("evaluation", "id, notice_id, notice_title, deliverable_id, owner_id, firm_id, accepted_at, due_at, "
                    + "quality, timeliness, attitude, fees, conduct, overall_level, comment, evaluated_at, evaluated_by")
                    .row(eid, id, title, lastDeliverable, ownerIds[owner], winner.firmId(), accepted,
                            accepted.plus(Duration.ofDays(3)), null, null, null, null, null, null, null, null, null);
        }
        if (status == NoticeStatus.DELIVERED) {
            return status;
        }
        // completed: the department of the notice's case passed it and rated it
        Instant checked = clamp(accepted.plus(Duration.ofHours(2 + r.nextInt(40))));
        String approver = user("gd", dept + 1);
        loader.table("deliverable_check", "deliverable_id, department_id, result, reason, checked_at, checked_by")
                .row(lastDeliverable, departments[dept], "PASSED", null, checked, approver);
        int ri = r.nextInt(10) < 6 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
        long rid = ++ratingId;
        Instant rated = clamp(checked.plus(Duration.ofMinutes(10 + r.nextInt(600))));
        loader.table("approval_rating", "id, notice_id, notice_title, deliverable_id, department_id, firm_id, passed_at, rating, "
                + "comment, rated_at, rated_by").row(rid, id, title, lastDeliverable, departments[dept], winner.firmId(), checked,
                RATINGS[ri], null, rated, approver);
        credit(winnerIndex, "APPROVAL_QUALITY_" + RATINGS[ri], "APPROVAL_RATING", rid, id, rated, approver);
        return NoticeStatus.COMPLETED;
    }

    private long lastBucket = -1;

    /** A generated user name: prefix and the number on six digits, e.g. gf000001. */
    static String user(String prefix, long n) {
        return prefix + pad(n, 6);
    }

    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private int aspect(int base) {
        return Math.max(1, Math.min(5, base + r.nextInt(3) - 1));
    }

    private int indexOf(long firmId) {
        // firms were given consecutive organisation ids
        return (int) (firmId - firmIds[0]);
    }

    private void credit(int firmIndex, String code, String sourceType, long sourceId, Long noticeId, Instant at, String by) {
        int points = ref.points().getOrDefault(code, 0);
        loader.table("credit_event", "id, firm_id, code, points, rule_version_id, source_type, source_id, notice_id, "
                + "occurred_at, recorded_at, recorded_by, reverses_event_id").row(++creditEventId, firmIds[firmIndex], code,
                points, 1, sourceType, Long.toString(sourceId), noticeId, at, at, by, null);
        firmPoints[firmIndex] += points;
        firmEvents[firmIndex]++;
        if (firmUpdated[firmIndex] == null || at.isAfter(firmUpdated[firmIndex])) {
            firmUpdated[firmIndex] = at;
        }
    }

    private void announce(long notice, String kind, Instant at, String by, String reason, String publication,
                          String outcome, String changes) {
        String content;
        if (kind.equals("PUBLICATION")) {
            content = publication;
        } else {
            // the notice as published, with the kind, the time and the outcome (as the application writes it)
            String head = "{\"notice\":" + notice + ",\"announcement\":\"PUBLICATION\",\"at\":\"";
            int atEnd = publication.indexOf('"', head.length());
            content = "{\"notice\":" + notice + ",\"announcement\":\"" + kind + "\",\"at\":\"" + at + "\""
                    + publication.substring(atEnd + 1, publication.length() - 1)
                    + (reason != null ? ",\"reason\":" + json(reason) : "")
                    + (outcome != null ? ",\"outcome\":" + outcome : "") + "}";
        }
        loader.table("announcement", "id, notice_id, kind, published_at, published_by, reason, changes, content, content_hash")
                .row(++announcementId, notice, kind, at, by, reason, changes, content, Sha256.hex(content));
    }

    private static String announcementJson(long id, String kind, Instant at, String owner, String title, String itemCode,
                                           String content, String scale, String region, String fund, SelectionMethod method,
                                           BigDecimal fixed, BigDecimal floor, BigDecimal ceiling, int minBidders,
                                           Weights weights, String coefficients, String reason, String mode,
                                           List<Reference.Requirement> requirements, int serviceDays, Instant deadline,
                                           String contact, String phone, String complaint, String caseNumber,
                                           String projectCode, String commitment) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"notice\":").append(id).append(",\"announcement\":\"").append(kind).append("\",\"at\":\"").append(at)
                .append("\",\"owner\":").append(json(owner)).append(",\"title\":").append(json(title))
                .append(",\"serviceItem\":").append(json(itemCode)).append(",\"serviceContent\":").append(json(content))
                .append(",\"projectScale\":").append(json(scale)).append(",\"region\":\"").append(region)
                .append("\",\"fundSource\":\"").append(fund).append("\",\"method\":\"").append(method.name())
                .append("\",\"fixedPrice\":\"").append(fixed == null ? "" : fixed.toPlainString())
                .append("\",\"priceFloor\":\"").append(floor == null ? "" : floor.toPlainString())
                .append("\",\"priceCeiling\":\"").append(ceiling == null ? "" : ceiling.toPlainString())
                .append("\",\"minBidders\":").append(minBidders)
                .append(",\"weights\":\"").append(weights == null ? "" : weights.price() + "," + weights.credit() + ","
                        + weights.qualification())
                .append("\",\"coefficients\":\"").append(coefficients == null ? "" : coefficients)
                .append("\",\"directPickReason\":").append(json(reason == null ? "" : reason))
                .append(",\"requirementMode\":\"").append(mode).append("\",\"requirements\":[");
        for (int i = 0; i < requirements.size(); i++) {
            Reference.Requirement q = requirements.get(i);
            sb.append(i > 0 ? "," : "").append("{\"type\":\"").append(q.type()).append("\",\"minLevel\":")
                    .append(json(q.minLevel() == null ? "" : q.minLevel())).append('}');
        }
        sb.append("],\"serviceDays\":").append(serviceDays).append(",\"enrolmentDeadline\":\"").append(deadline)
                .append("\",\"contactName\":").append(json(contact)).append(",\"contactPhone\":\"").append(phone)
                .append("\",\"complaintPhone\":\"").append(complaint).append("\",\"approvalCases\":[{\"caseNumber\":\"")
                .append(caseNumber).append("\",\"projectCode\":\"").append(projectCode)
                .append("\"}],\"avoidances\":[],\"attachments\":[],\"drawCommitment\":\"").append(commitment).append("\"}");
        return sb.toString();
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------ credit lists and the cache

    private void creditLists() {
        Loader.Table entries = loader.table("credit_list_entry", "id, firm_id, kind, reason, legal_basis, start_date, end_date, "
                + "created_at, created_by");
        Loader.Table evidence = loader.table("credit_list_evidence", "entry_id, position, file_id, sha256, display_name");
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < firmIds.length; i++) {
            if (!firmApproved[i]) {
                continue;
            }
            int x = r.nextInt(1000);
            if (x >= 15) {
                continue;
            }
            boolean red = x < 10;
            LocalDate start = today.minusDays(r.nextInt(500));
            LocalDate end = start.plusDays(red ? 364 : 729);
            Instant created = start.atStartOfDay().toInstant(ZoneOffset.UTC).minus(Duration.ofHours(6));
            long id = ++listEntryId;
            entries.row(id, firmIds[i], red ? "RED" : "BLACK",
                    red ? "连续三年信用评价为 A 级，服务质量优良。" : "提供虚假业绩材料参与中介服务项目选取。",
                    red ? "《中介服务网上超市信用评价管理办法》第十八条" : "《中介服务网上超市信用评价管理办法》第二十二条",
                    start, end, created, "gen-regulator");
            evidence.row(id, 0, fileEvidence, evidenceSha, "证明材料.pdf");
            if (red) {
                credit(i, "RED_LISTED", "LIST_ENTRY", id, null, created, "gen-regulator");
            }
        }
    }

    private void firmCredit() {
        Loader.Table cache = loader.table("firm_credit", "firm_id, points_total, events, updated_at");
        for (int i = 0; i < firmIds.length; i++) {
            if (firmEvents[i] > 0) {
                cache.row(firmIds[i], firmPoints[i], firmEvents[i], firmUpdated[i]);
            }
        }
    }
}
