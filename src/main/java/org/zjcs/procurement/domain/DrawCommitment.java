package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a notice commits to at publication for its verifiable draw (docs/draw.md): the SHA-256 of the secret seed and
 * the seed itself, sealed until the selection reveals it; from version 2 on also the independent witness's salt and
 * the SHA-256 of its secret. A notice published before draws had a witness keeps version 1 (no witness parts).
 */
@Embeddable
public class DrawCommitment {

    private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");

    /** SHA-256 (hex) of the secret draw seed, published with the notice. */
    @Column(name = "seed_commitment", length = 64)
    private String seedCommitment;

    /** The secret draw seed, sealed until the selection reveals it. */
    @Column(name = "sealed_seed", length = 200)
    private String sealedSeed;

    /** The salt (hex) from which the witness derives this notice's witness secret; null in version 1. */
    @Column(name = "witness_salt", length = 64)
    private String witnessSalt;

    /** SHA-256 (hex) of the witness secret; null in version 1. */
    @Column(name = "witness_commitment", length = 64)
    private String witnessCommitment;

    protected DrawCommitment() {
    }

    private DrawCommitment(String seedCommitment, String sealedSeed, String witnessSalt, String witnessCommitment) {
        this.seedCommitment = seedCommitment;
        this.sealedSeed = sealedSeed;
        this.witnessSalt = witnessSalt;
        this.witnessCommitment = witnessCommitment;
    }

    /** A version-1 commitment: the seed only. */
    public static DrawCommitment of(String seedCommitment, String sealedSeed) {
        return of(seedCommitment, sealedSeed, null, null);
    }

    /**
     * A commitment; the seed's commitment is 64 lower-case hex digits and its sealed form is present; the witness's
     * salt and commitment come together (version 2) or not at all (version 1).
     */
    public static DrawCommitment of(String seedCommitment, String sealedSeed, String witnessSalt, String witnessCommitment) {
        if (seedCommitment == null || !HEX64.matcher(seedCommitment).matches()) {
            throw new IllegalArgumentException("the seed's commitment must be 64 hex digits");
        }
        if (sealedSeed == null || sealedSeed.isBlank()) {
            throw new IllegalArgumentException("the sealed seed is missing");
        }
        if ((witnessSalt == null) != (witnessCommitment == null)) {
            throw new IllegalArgumentException("the witness's salt and commitment come together");
        }
        if (witnessSalt != null && (!HEX64.matcher(witnessSalt).matches() || !HEX64.matcher(witnessCommitment).matches())) {
            throw new IllegalArgumentException("the witness's salt and commitment must be 64 hex digits");
        }
        return new DrawCommitment(seedCommitment, sealedSeed, witnessSalt, witnessCommitment);
    }

    /** The sealing context of a notice's draw seed (the selection opens it with the same context). */
    public static String seedContext(long noticeId) {
        return "notice|" + noticeId + "|draw-seed";
    }

    /** 2 when an independent witness committed too, 1 otherwise. */
    public int version() {
        return witnessCommitment == null ? 1 : 2;
    }

    public String getSeedCommitment() {
        return seedCommitment;
    }

    public String getSealedSeed() {
        return sealedSeed;
    }

    public String getWitnessSalt() {
        return witnessSalt;
    }

    public String getWitnessCommitment() {
        return witnessCommitment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DrawCommitment d && Objects.equals(seedCommitment, d.seedCommitment)
                && Objects.equals(sealedSeed, d.sealedSeed) && Objects.equals(witnessSalt, d.witnessSalt)
                && Objects.equals(witnessCommitment, d.witnessCommitment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seedCommitment, sealedSeed, witnessSalt, witnessCommitment);
    }
}
