package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.zjcs.procurement.application.WitnessService;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.selection.domain.EnrolmentRepository;
import org.zjcs.selection.domain.draw.DrawStream;
import org.zjcs.selection.domain.draw.Proof;
import org.zjcs.selection.domain.method.Outcome;
import org.zjcs.selection.domain.method.SelectionInput;
import org.zjcs.selection.domain.method.SelectionRules;
import org.zjcs.shared.crypto.SealingService;

/**
 * The verifiable draw of a selection run (docs/draw.md): the notice's committed seed opened now, in version 2 with the
 * witness revealed only now and the digest of the closed ledger (withdrawals included); the method's outcome and the
 * proof that lets anyone recompute it.
 */
@ApplicationScoped
@Transactional
public class Draws {

    private static final Logger LOG = Logger.getLogger(Draws.class.getName());
    private static final SecureRandom LATE_SEEDS = new SecureRandom();

    @Inject
    SealingService sealing;

    @Inject
    WitnessService witnesses;

    @Inject
    EnrolmentRepository enrolments;

    /** A draw: the seed used, the method's outcome and the proof (JSON). */
    public record Drawn(byte[] seed, Outcome outcome, String proofJson) {
    }

    /** Draws the outcome of {@code input} on the notice's seed, with the proof of its version. */
    public Drawn draw(Notice n, SelectionInput input) {
        byte[] seed = seedOf(n);
        if (n.getDrawWitnessCommitment() != null && n.getDrawSeedSealed() != null) {
            // version 2 (docs/draw.md): the witness, revealed only now, and the closed ledger, withdrawals included
            byte[] witness = witnesses.reveal(n);
            List<String> ledger = enrolments.ledger(n.getId());
            Outcome outcome = SelectionRules.of(input.method()).select(input,
                    input.drawStreamV2(seed, witness, DrawStream.ledgerDigest(ledger)));
            return new Drawn(seed, outcome, Proof.ofV2(input, seed, witness, ledger, outcome).toJson());
        }
        // a notice published before draws had a witness keeps version 1
        Outcome outcome = SelectionRules.select(input, seed);
        return new Drawn(seed, outcome, Proof.of(input, seed, outcome).toJson());
    }

    /**
     * The notice's committed seed, opened now. A notice published before seeds were drawn at publication has none:
     * its seed is drawn now, and the result says the seed was not committed in advance (the proof's commitment is
     * then not the one of a published notice).
     */
    byte[] seedOf(Notice n) {
        if (n.getDrawSeedSealed() == null) {
            LOG.warning(() -> "Notice " + n.getId() + " has no committed draw seed; one is drawn at selection");
            byte[] seed = new byte[32];
            LATE_SEEDS.nextBytes(seed);
            return seed;
        }
        return HexFormat.of().parseHex(sealing.sealer().open(NoticeAccess.seedContext(n.getId()), n.getDrawSeedSealed()));
    }
}
