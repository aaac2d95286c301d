package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.shared.crypto.SealingService;
import org.zjcs.shared.crypto.Sha256;

/**
 * The draw's secrets at publication (docs/draw.md): a 256-bit seed from the platform's strong random source, committed
 * by its SHA-256 and sealed until the selection, and the independent witness's commitment ("Version 2").
 */
@ApplicationScoped
public class DrawSeeds {

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    SealingService sealing;

    @Inject
    WitnessService witnesses;

    /** A fresh seed and witness for the notice, as the notice commits to them. */
    public DrawCommitment draw(long noticeId) {
        byte[] seed = new byte[32];
        SEEDS.nextBytes(seed);
        String seedHex = HexFormat.of().formatHex(seed);
        WitnessService.Commitment witness = witnesses.commit(noticeId);
        return DrawCommitment.of(Sha256.hex(seed), sealing.sealer().seal(DrawCommitment.seedContext(noticeId), seedHex),
                witness.saltHex(), witness.commitment());
    }
}
