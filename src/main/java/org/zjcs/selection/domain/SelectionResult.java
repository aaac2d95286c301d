package org.zjcs.selection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.shared.error.DomainException;

/**
 * One selection run of a notice with its published proof (docs/draw.md): the revealed seed, the entries, the result.
 * Never changed, except that a selected result can be voided (with a reason) after an upheld objection, or declined
 * (with the firm's reason) by its awarded winner. A result whose {@link #getBasis() basis} is {@link #RUNNER_UP} was not
 * drawn again: it names the runner-up of the proof of round {@link #getBasedOnRound()}, whose proof it repeats as is.
 */
@Entity
@Table(name = "selection_result")
@NamedQuery(name = "SelectionResult.ofNotice",
        query = "SELECT s FROM SelectionResult s WHERE s.noticeId = :notice ORDER BY s.round")
public class SelectionResult {

    /** The result of a selection run. */
    public static final String SELECTION = "SELECTION";
    /** The runner-up taken from the same proof after the winner declined (递补). */
    public static final String RUNNER_UP = "RUNNER_UP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "round", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SelectionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private SelectionMethod method;

    @Column(name = "failure_reason", length = 20)
    private String failureReason;

    @Column(name = "winner_firm_id")
    private Long winnerFirmId;

    @Column(name = "amount", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "seed_hex", nullable = false, length = 64)
    private String seedHex;

    @Column(name = "proof", nullable = false, length = 16777215)
    private String proof;

    @Column(name = "proof_hash", nullable = false, length = 64)
    private String proofHash;

    @Column(name = "selected_at", nullable = false)
    private Instant selectedAt;

    @Column(name = "selected_by", nullable = false, length = 100)
    private String selectedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_reason", length = 1000)
    private String voidedReason;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "basis", nullable = false, length = 12)
    private String basis = SELECTION;

    @Column(name = "based_on_round")
    private Integer basedOnRound;

    /** The notice's service item, copied so that the public list can filter with an index (fixed once published). */
    @Column(name = "service_item_id")
    private Long serviceItemId;

    /** The province of the notice's region (its first two digits), copied like {@link #serviceItemId}. */
    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "selection_exclusion", joinColumns = @JoinColumn(name = "selection_id"))
    @OrderColumn(name = "position")
    private List<Exclusion> exclusions = new ArrayList<>();

    protected SelectionResult() {
    }

    public SelectionResult(long noticeId, int round, SelectionMethod method, boolean selected, String failureReason,
                           Long winnerFirmId, BigDecimal amount, String seedHex, String proof, String proofHash,
                           Instant selectedAt, String selectedBy, List<Exclusion> exclusions) {
        this.noticeId = noticeId;
        this.round = round;
        this.method = method;
        this.status = selected ? SelectionStatus.SELECTED : SelectionStatus.FAILED;
        this.failureReason = failureReason;
        this.winnerFirmId = winnerFirmId;
        this.amount = amount;
        this.seedHex = seedHex;
        this.proof = proof;
        this.proofHash = proofHash;
        this.selectedAt = selectedAt;
        this.selectedBy = selectedBy;
        this.exclusions = new ArrayList<>(exclusions);
    }

    /**
     * Copies the notice's service item and the province of its region (first two digits of GB/T 2260) onto the result,
     * for the public list's filters. Both are fixed once a notice is published, and a notice is selected only then.
     */
    public SelectionResult ofNotice(long noticeServiceItemId, String noticeRegionCode) {
        this.serviceItemId = noticeServiceItemId;
        this.provinceCode = provinceOf(noticeRegionCode);
        return this;
    }

    /** The province of a region code: its first two characters (as notice.province_code), null without a region. */
    public static String provinceOf(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return null;
        }
        String r = regionCode.strip();
        return r.length() <= 2 ? r : r.substring(0, 2);
    }

    /**
     * The runner-up (递补) after the winner of {@code declined} declined: a new round with the same seed, proof and proof
     * hash, the runner-up as winner at its bid price; firms skipped on the way are the exclusions.
     */
    public static SelectionResult runnerUp(SelectionResult declined, int round, long firmId, BigDecimal amount, Instant now,
                                           String by, List<Exclusion> skipped) {
        if (declined.status != SelectionStatus.DECLINED) {
            throw new DomainException("decline.error.notDeclined");
        }
        SelectionResult r = new SelectionResult(declined.noticeId, round, declined.method, true, null, firmId, amount,
                declined.seedHex, declined.proof, declined.proofHash, now, by, skipped);
        r.basis = RUNNER_UP;
        r.basedOnRound = declined.getProofRound();
        r.serviceItemId = declined.serviceItemId;
        r.provinceCode = declined.provinceCode;
        return r;
    }

    /** The winner declined the award (放弃中选) with its reason; only an awarded, selected result can be declined. */
    public void decline(String reason, Instant now) {
        if (status != SelectionStatus.SELECTED) {
            throw new DomainException("selection.error.notSelected");
        }
        status = SelectionStatus.DECLINED;
        declineReason = reason;
        declinedAt = now;
    }

    /** The firms that declined an award among {@code results} (放弃中选): a later round never selects them again. */
    public static Set<Long> declinedFirms(List<SelectionResult> results) {
        Set<Long> out = new LinkedHashSet<>();
        results.stream().filter(r -> r.status == SelectionStatus.DECLINED).forEach(r -> out.add(r.winnerFirmId));
        return out;
    }

    /** The round whose draw produced this result's proof: its own, or the one a runner-up was taken from. */
    public int getProofRound() {
        return basedOnRound != null ? basedOnRound : round;
    }

    public boolean isRunnerUp() {
        return RUNNER_UP.equals(basis);
    }

    /** An upheld objection voids a selected result; the reason is published. */
    public void voidResult(String reason, Instant now) {
        if (status != SelectionStatus.SELECTED) {
            throw new DomainException("selection.error.notSelected");
        }
        status = SelectionStatus.VOIDED;
        voidedReason = reason;
        voidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public int getRound() {
        return round;
    }

    public SelectionStatus getStatus() {
        return status;
    }

    public SelectionMethod getMethod() {
        return method;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Long getWinnerFirmId() {
        return winnerFirmId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getSeedHex() {
        return seedHex;
    }

    public String getProof() {
        return proof;
    }

    public String getProofHash() {
        return proofHash;
    }

    public Instant getSelectedAt() {
        return selectedAt;
    }

    public String getSelectedBy() {
        return selectedBy;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedReason() {
        return voidedReason;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getBasis() {
        return basis;
    }

    public Integer getBasedOnRound() {
        return basedOnRound;
    }

    public Long getServiceItemId() {
        return serviceItemId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public List<Exclusion> getExclusions() {
        return exclusions;
    }
}
