package org.zjcs.credit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zjcs.credit.domain.CreditFinding;
import org.zjcs.credit.domain.CreditListEntry;
import org.zjcs.credit.domain.CreditListRepository;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.credit.domain.ListKind;
import org.zjcs.credit.domain.RepairStatus;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;

/** JPA persistence of the list entries, the credit repair applications and the findings of false materials. */
@ApplicationScoped
@Transactional
public class JpaCreditListRepository implements CreditListRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(CreditListEntry e) {
        persist(e);
    }

    @Override
    public void add(CreditRepair r) {
        persist(r);
    }

    @Override
    public void add(CreditFinding f) {
        persist(f);
    }

    private void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<CreditListEntry> entry(long id) {
        return Optional.ofNullable(em.find(CreditListEntry.class, id));
    }

    /** The entry, locked till commit (an early end and a repair decision never cross). */
    @Override
    public Optional<CreditListEntry> lockEntry(long id) {
        return Optional.ofNullable(em.find(CreditListEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CreditListEntry> entriesOf(long firmId) {
        return em.createNamedQuery("CreditListEntry.ofFirm", CreditListEntry.class).setParameter("firm", firmId)
                .getResultList();
    }

    @Override
    public List<CreditListEntry> entries(ListKind kind) {
        return em.createNamedQuery("CreditListEntry.ofKind", CreditListEntry.class).setParameter("kind", kind)
                .getResultList();
    }

    /** The newest {@code max} entries of one list (newest start first). */
    @Override
    public List<CreditListEntry> latest(ListKind kind, int max) {
        return em.createNamedQuery("CreditListEntry.ofKind", CreditListEntry.class).setParameter("kind", kind)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<CreditListEntry> entries(int first, int size) {
        return em.createNamedQuery("CreditListEntry.all", CreditListEntry.class).setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countEntries() {
        return em.createNamedQuery("CreditListEntry.count", Long.class).getSingleResult();
    }

    @Override
    public List<CreditListEntry> blackOnAny(Collection<Long> firmIds, LocalDate day) {
        if (firmIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM CreditListEntry e WHERE e.firmId IN :firms "
                + "AND e.kind = org.zjcs.credit.domain.ListKind.BLACK AND e.startDate <= :day AND e.endDate >= :day "
                + "AND (e.endedOn IS NULL OR e.endedOn > :day) ORDER BY e.endDate DESC", CreditListEntry.class)
                .setParameter("firms", List.copyOf(firmIds)).setParameter("day", day).getResultList();
    }

    @Override
    public List<CreditListEntry> blackOn(long firmId, LocalDate day) {
        return em.createNamedQuery("CreditListEntry.blackOn", CreditListEntry.class).setParameter("firm", firmId)
                .setParameter("day", day).getResultList();
    }

    @Override
    public Optional<CreditRepair> repair(long id) {
        return Optional.ofNullable(em.find(CreditRepair.class, id));
    }

    @Override
    public Optional<CreditRepair> lockRepair(long id) {
        return Optional.ofNullable(em.find(CreditRepair.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<CreditRepair> repairsOf(long firmId) {
        return em.createNamedQuery("CreditRepair.ofFirm", CreditRepair.class).setParameter("firm", firmId).getResultList();
    }

    @Override
    public List<CreditRepair> repairsOfEntry(long entryId) {
        return em.createNamedQuery("CreditRepair.ofEntry", CreditRepair.class).setParameter("entry", entryId)
                .getResultList();
    }

    @Override
    public List<CreditRepair> repairs(RepairStatus status) {
        return em.createNamedQuery("CreditRepair.ofStatus", CreditRepair.class).setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<CreditRepair> repairs() {
        return em.createNamedQuery("CreditRepair.all", CreditRepair.class).setMaxResults(500).getResultList();
    }

    @Override
    public List<CreditFinding> findingsOf(long firmId) {
        return em.createNamedQuery("CreditFinding.ofFirm", CreditFinding.class).setParameter("firm", firmId)
                .getResultList();
    }

    /** Every firm organisation (whatever its status), by name: whom a regulator may list. */
    @Override
    public List<Organisation> firms() {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.name", Organisation.class)
                .setParameter("kind", OrganisationKind.FIRM).getResultList();
    }

    /** The firm whose entry, repair application or finding has the stored file as evidence; empty when none has. */
    @Override
    public Optional<Long> firmOfEvidence(long fileId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT e.firm_id FROM credit_list_evidence v JOIN credit_list_entry e "
                + "ON e.id = v.entry_id WHERE v.file_id = ?1 UNION SELECT r.firm_id FROM credit_repair_evidence v "
                + "JOIN credit_repair r ON r.id = v.repair_id WHERE v.file_id = ?1 UNION SELECT f.firm_id FROM "
                + "credit_finding_evidence v JOIN credit_finding f ON f.id = v.finding_id WHERE v.file_id = ?1")
                .setParameter(1, fileId).getResultList();
        return rows.stream().findFirst().map(o -> ((Number) o).longValue());
    }
}
