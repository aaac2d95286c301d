package org.zjcs.firm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.QualificationEvent;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.firm.domain.FirmRepository;

/** JPA implementation of the domain repository: persistence of firms and their qualifications. */
@ApplicationScoped
@Transactional
public class JpaFirmRepository implements FirmRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Firm> find(long organisationId) {
        return Optional.ofNullable(em.find(Firm.class, organisationId));
    }

    @Override
    public List<Firm> awaitingReview() {
        return em.createNamedQuery("Firm.awaitingReview", Firm.class).getResultList();
    }

    @Override
    public List<Firm> approved() {
        return em.createQuery("SELECT f FROM Firm f WHERE f.review.status = org.zjcs.security.domain.RegistrationStatus.APPROVED "
                + "ORDER BY f.organisationId", Firm.class).getResultList();
    }

    /** Several firms at once with their service items (two queries), in no particular order. */
    @Override
    public List<Firm> findAll(java.util.Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM Firm f WHERE f.organisationId IN :ids", Firm.class)
                .setParameter("ids", List.copyOf(organisationIds))
                .setHint("eclipselink.batch", "f.serviceItemIds").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    /** The qualifications of several firms (one query). */
    @Override
    public List<Qualification> qualificationsOf(java.util.Collection<Long> firmIds) {
        if (firmIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT q FROM Qualification q WHERE q.firmId IN :f ORDER BY q.firmId, q.typeCode, q.id",
                Qualification.class).setParameter("f", List.copyOf(firmIds)).getResultList();
    }

    @Override
    public Optional<Long> firmOfMaterial(long fileId) {
        return first(em.createNativeQuery("SELECT firm_id FROM firm_material WHERE stored_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList());
    }

    @Override
    public Optional<Long> qualificationOfScan(long fileId) {
        return first(em.createNativeQuery("SELECT id FROM firm_qualification WHERE scan_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList());
    }

    private static Optional<Long> first(List<?> ids) {
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public List<Qualification> qualifications(long firmId) {
        return em.createQuery("SELECT q FROM Qualification q WHERE q.firmId = :f ORDER BY q.typeCode, q.id", Qualification.class)
                .setParameter("f", firmId).getResultList();
    }

    @Override
    public List<Qualification> qualifications(long firmId, QualificationStatus status) {
        return em.createQuery("SELECT q FROM Qualification q WHERE q.firmId = :f AND q.status = :s ORDER BY q.typeCode, q.id",
                Qualification.class).setParameter("f", firmId).setParameter("s", status).getResultList();
    }

    @Override
    public Optional<Qualification> findQualification(long id) {
        return Optional.ofNullable(em.find(Qualification.class, id));
    }

    /** The qualification, its row locked until the transaction ends, so that two decisions on it run one after the other. */
    @Override
    public Optional<Qualification> lockQualification(long id) {
        return Optional.ofNullable(em.find(Qualification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Qualifications added or renewed by approved firms that wait for the operator, oldest submission first. */
    @Override
    public List<Qualification> qualificationsAwaitingReview() {
        return em.createQuery("SELECT q FROM Qualification q, Firm f WHERE f.organisationId = q.firmId"
                        + " AND f.review.status = org.zjcs.security.domain.RegistrationStatus.APPROVED"
                        + " AND q.status = org.zjcs.firm.domain.QualificationStatus.PENDING ORDER BY q.submittedAt, q.id",
                Qualification.class).getResultList();
    }

    /** Whether a renewal of {@code qualificationId} is waiting for review or for the firm's correction. */
    @Override
    public boolean hasOpenRenewal(long qualificationId) {
        return em.createQuery("SELECT COUNT(q) FROM Qualification q WHERE q.replacesId = :old"
                        + " AND q.status IN (org.zjcs.firm.domain.QualificationStatus.PENDING,"
                        + " org.zjcs.firm.domain.QualificationStatus.RETURNED)", Long.class)
                .setParameter("old", qualificationId).getSingleResult() > 0;
    }

    /**
     * Whether the firm holds this certificate (approved, or submitted and not yet decided or returned), apart from
     * the qualifications {@code except} (the one being corrected, the one being renewed).
     */
    @Override
    public boolean holdsCertificate(long firmId, String typeCode, String certificateNo, List<Long> except) {
        return em.createQuery("SELECT COUNT(q) FROM Qualification q WHERE q.firmId = :f AND q.typeCode = :t"
                        + " AND q.certificateNo = :c AND q.id NOT IN :except"
                        + " AND q.status <> org.zjcs.firm.domain.QualificationStatus.SUPERSEDED", Long.class)
                .setParameter("f", firmId).setParameter("t", typeCode).setParameter("c", certificateNo.trim())
                // NOT IN () is not SQL: an id no row has stands for "none".
                .setParameter("except", except.isEmpty() ? List.of(-1L) : except).getSingleResult() > 0;
    }

    /** The review steps of all of a firm's qualifications, in order. */
    @Override
    public List<QualificationEvent> qualificationHistory(long firmId) {
        return em.createQuery("SELECT e FROM QualificationEvent e, Qualification q WHERE q.id = e.qualificationId"
                + " AND q.firmId = :f ORDER BY e.id", QualificationEvent.class).setParameter("f", firmId).getResultList();
    }

    /**
     * Approved firms of active organisations, by name: optionally whose name contains {@code name}, that offer
     * {@code serviceItemId}, in a region whose code starts with {@code regionPrefix}.
     */
    /** One line of the public directory: the firm, its organisation's name, region and service items. */

    /**
     * A page of the public directory by keyset on (name, id): approved, active firms after the cursor (before it when
     * {@code backwards}), by name, at most {@code limit} rows, always returned in name order. Two queries per page
     * (the firms, then their service items); no OFFSET, no COUNT.
     */
    @SuppressWarnings("unchecked")
    @Override
    public List<DirectoryRow> directoryRows(String name, Long serviceItemId, String regionPrefix, String cursorName,
                                            Long cursorId, boolean backwards, int limit) {
        // Read in the list's order on (kind, name, id) and stop at the limit. Left to itself, the optimizer starts from
        // the firms' registration status when most firms are approved (at 100,000 firms: a temporary table and a
        // filesort of all of them on every page, measured with EXPLAIN on generated data), hence the fixed join order.
        StringBuilder sql = new StringBuilder("SELECT STRAIGHT_JOIN o.id, o.name, f.region_code"
                + " FROM organisation o FORCE INDEX (ix_organisation_kind_name)"
                + " JOIN firm f ON f.organisation_id = o.id"
                + " WHERE o.kind = 'FIRM' AND o.status = 'ACTIVE' AND f.registration_status = 'APPROVED'");
        List<Object> args = new java.util.ArrayList<>();
        if (name != null && !name.isBlank()) {
            sql.append(" AND o.name LIKE ?");
            args.add("%" + name.trim().replace("%", "").replace("_", "") + "%");
        }
        if (serviceItemId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM firm_service_item fi WHERE fi.firm_id = o.id AND fi.service_item_id = ?)");
            args.add(serviceItemId);
        }
        if (regionPrefix != null && !regionPrefix.isBlank()) {
            sql.append(" AND f.region_code LIKE ?");
            args.add(regionPrefix + "%");
        }
        if (cursorName != null && cursorId != null) {
            String cmp = backwards ? "<" : ">";
            sql.append(" AND (o.name ").append(cmp).append(" ? OR (o.name = ? AND o.id ").append(cmp).append(" ?))");
            args.add(cursorName);
            args.add(cursorName);
            args.add(cursorId);
        }
        String dir = backwards ? "DESC" : "ASC";
        sql.append(" ORDER BY o.name ").append(dir).append(", o.id ").append(dir).append(" LIMIT ?");
        args.add(limit);
        jakarta.persistence.Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        List<Object[]> found = q.getResultList();
        java.util.Map<Long, List<Long>> items = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            String ids = String.join(",", found.stream().map(r -> String.valueOf(((Number) r[0]).longValue())).toList());
            for (Object[] r : (List<Object[]>) em.createNativeQuery(
                    "SELECT firm_id, service_item_id FROM firm_service_item WHERE firm_id IN (" + ids + ")").getResultList()) {
                items.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>()).add(((Number) r[1]).longValue());
            }
        }
        List<DirectoryRow> rows = new java.util.ArrayList<>();
        for (Object[] r : found) {
            long id = ((Number) r[0]).longValue();
            rows.add(new DirectoryRow(id, (String) r[1], (String) r[2], items.getOrDefault(id, List.of())));
        }
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public List<Firm> directory(String name, Long serviceItemId, String regionPrefix, int first, int size) {
        TypedQuery<Firm> q = em.createQuery("SELECT f FROM Firm f, org.zjcs.security.domain.Organisation o"
                + directoryWhere(name, serviceItemId, regionPrefix) + " ORDER BY o.name", Firm.class);
        bind(q, name, serviceItemId, regionPrefix);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }


    private static String directoryWhere(String name, Long serviceItemId, String regionPrefix) {
        StringBuilder sb = new StringBuilder(" WHERE o.id = f.organisationId"
                + " AND f.review.status = org.zjcs.security.domain.RegistrationStatus.APPROVED"
                + " AND o.status = org.zjcs.security.domain.OrganisationStatus.ACTIVE");
        if (name != null && !name.isBlank()) {
            sb.append(" AND o.name LIKE :name");
        }
        if (serviceItemId != null) {
            sb.append(" AND :item MEMBER OF f.serviceItemIds");
        }
        if (regionPrefix != null && !regionPrefix.isBlank()) {
            sb.append(" AND f.regionCode LIKE :region");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, String name, Long serviceItemId, String regionPrefix) {
        if (name != null && !name.isBlank()) {
            q.setParameter("name", "%" + name.trim().replace("%", "").replace("_", "") + "%");
        }
        if (serviceItemId != null) {
            q.setParameter("item", serviceItemId);
        }
        if (regionPrefix != null && !regionPrefix.isBlank()) {
            q.setParameter("region", regionPrefix + "%");
        }
    }
}
