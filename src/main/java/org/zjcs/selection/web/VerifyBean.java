package org.zjcs.selection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.draw.ProofVerifier;
import org.zjcs.selection.domain.draw.ProofVerifier.Verification;
import org.zjcs.selection.domain.method.Entry;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of verify.xhtml: recomputes a published selection from its proof alone, step by step, and compares the
 * proof's commitment with the one published with the notice. Public.
 */
@Named
@RequestScoped
public class VerifyBean {

    @Inject
    SelectionService selection;

    @Inject
    NoticeQueries notices;

    private Long notice;
    private Integer round;
    private boolean loaded;
    private SelectionResult result;
    private Proof proof;
    private Verification verification;
    private String publishedCommitment;
    private String publishedWitnessCommitment;

    /** A step for the page: its key and its values as one line. */
    public static final class StepRow {
        private final String key;
        private final String values;

        StepRow(String key, String values) {
            this.key = key;
            this.values = values;
        }

        public String getKey() {
            return key;
        }

        public String getValues() {
            return values;
        }
    }

    /** An entry for the page. */
    public static final class EntryRow {
        private final long firmId;
        private final String firmName;
        private final String receipt;
        private final String price;

        EntryRow(Entry e) {
            this.firmId = e.firmId();
            this.firmName = e.firmName();
            this.receipt = e.receiptHash();
            this.price = e.price() == null ? "" : e.price().toPlainString();
        }

        public long getFirmId() {
            return firmId;
        }

        public String getFirmName() {
            return firmName;
        }

        public String getReceipt() {
            return receipt;
        }

        public String getPrice() {
            return price;
        }
    }

    private void load() {
        if (loaded || notice == null) {
            return;
        }
        loaded = true;
        List<SelectionResult> all = selection.results(notice);
        result = all.stream().filter(r -> round == null || r.getRound() == round).reduce((a, b) -> b).orElse(null);
        if (result == null) {
            return;
        }
        Optional<Notice> published = notices.publicNotice(notice);
        publishedCommitment = published.map(Notice::getDrawCommitment).orElse(null);
        publishedWitnessCommitment = published.map(Notice::getDrawWitnessCommitment).orElse(null);
        proof = Proof.parse(result.getProof());
        verification = ProofVerifier.verify(proof);
    }

    public boolean isFound() {
        load();
        return result != null;
    }

    public SelectionResult getResult() {
        load();
        return result;
    }

    public String getSeed() {
        load();
        return proof == null ? null : proof.seedHex();
    }

    public String getPublishedCommitment() {
        load();
        return publishedCommitment;
    }

    public String getRecomputedCommitment() {
        load();
        return verification == null ? null : verification.recomputedCommitment();
    }

    /** The seed's hash is the commitment published with the notice. */
    public boolean isCommitmentMatches() {
        load();
        return verification != null && publishedCommitment != null && publishedCommitment.equals(verification.recomputedCommitment())
                && verification.commitmentMatches();
    }

    public boolean isVerified() {
        load();
        return verification != null && verification.verified() && !isWitnessDowngraded()
                && (!isV2() || isWitnessCommitmentMatches());
    }

    /** {@code zjcs-draw-v1} or {@code zjcs-draw-v2}. */
    public String getVersion() {
        load();
        return proof == null ? null : proof.version();
    }

    /** A version-2 proof (witness and ledger), verified as such. */
    public boolean isV2() {
        load();
        return verification != null && verification.v2() != null;
    }

    public String getPublishedWitnessCommitment() {
        load();
        return publishedWitnessCommitment;
    }

    public String getWitness() {
        load();
        return proof == null || proof.v2() == null ? null : proof.v2().witnessHex();
    }

    public String getRecomputedWitnessCommitment() {
        load();
        return isV2() ? verification.v2().recomputedWitnessCommitment() : null;
    }

    /** The witness's hash is the witness commitment published with the notice (and the one in the proof). */
    public boolean isWitnessCommitmentMatches() {
        load();
        return isV2() && verification.v2().witnessCommitmentMatches()
                && verification.v2().recomputedWitnessCommitment().equals(publishedWitnessCommitment);
    }

    /** The notice committed to a witness, yet the proof has none: a draw that left the witness out. */
    public boolean isWitnessDowngraded() {
        load();
        return verification != null && publishedWitnessCommitment != null && !isV2();
    }

    public String getLedgerDigest() {
        load();
        return isV2() ? verification.v2().recomputedLedgerDigest() : null;
    }

    public List<String> getLedger() {
        load();
        return proof == null || proof.v2() == null ? List.of() : proof.v2().ledger();
    }

    public String getEffectiveSeed() {
        load();
        return isV2() ? verification.v2().effectiveSeed() : null;
    }

    public String getEntriesDigest() {
        load();
        return verification == null ? null : verification.entriesDigest();
    }

    public List<EntryRow> getEntries() {
        load();
        return proof == null ? List.of() : proof.entries().stream().map(EntryRow::new).toList();
    }

    public List<StepRow> getSteps() {
        load();
        return verification == null ? List.of() : verification.recomputed().steps().stream()
                .map(s -> new StepRow(s.key(), s.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ")))).toList();
    }

    public String getRecomputedWinner() {
        load();
        if (verification == null || verification.recomputed().winner() == null) {
            return null;
        }
        Entry w = verification.recomputed().winner();
        return w.firmName() + " (" + w.firmId() + ")";
    }

    public List<String> getMismatches() {
        load();
        return verification == null ? List.of() : verification.mismatches().stream()
                .map(m -> m.field() + ": " + m.published() + " != " + m.recomputed()).toList();
    }

    /** The step's name in the reader's language (the key itself stays shown: it is the one of docs/draw.md). */
    public String stepName(String key) {
        String name = Messages.text("verify.stepname." + key);
        return name.startsWith("???") ? "" : name;
    }

    public Long getNotice() {
        return notice;
    }

    public void setNotice(Long notice) {
        this.notice = notice;
    }

    public Integer getRound() {
        return round;
    }

    public void setRound(Integer round) {
        this.round = round;
    }
}
