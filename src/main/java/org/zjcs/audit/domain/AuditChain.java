package org.zjcs.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the audit log (docs/architecture.md, "Audit chain"):
 * {@code hash = SHA-256(UTF-8 of id \n occurredAt \n actor \n action \n objectType \n objectId \n details \n prevHash)},
 * where occurredAt is ISO-8601 UTC with microseconds ({@code 2026-11-22T04:21:11.123456Z}) and the
 * first entry's prevHash is 64 zeros.
 */
public final class AuditChain {

    public static final String GENESIS_HASH = "0".repeat(64);

    private AuditChain() {
    }

    /** The record that follows {@code prevId}/{@code prevHash}, with its hash computed. */
    public static AuditRecord next(long prevId, String prevHash, Instant occurredAt, String actor, String action,
                                   String objectType, String objectId, String details) {
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        long id = prevId + 1;
        String hash = hash(id, at, actor, action, objectType, objectId, details, prevHash);
        return new AuditRecord(id, at, actor, action, objectType, objectId, details, prevHash, hash);
    }

    public static String hashOf(AuditRecord r) {
        return hash(r.id(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(), r.details(), r.prevHash());
    }

    static String hash(long id, Instant occurredAt, String actor, String action, String objectType, String objectId,
                       String details, String prevHash) {
        String canonical = id + "\n" + formatTime(occurredAt) + "\n" + actor + "\n" + action + "\n" + objectType + "\n"
                + objectId + "\n" + details + "\n" + prevHash;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** ISO-8601 UTC with exactly six fraction digits, independent of how Instant.toString() trims zeros. */
    static String formatTime(Instant t) {
        Instant micros = t.truncatedTo(ChronoUnit.MICROS);
        String base = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC).format(micros);
        return base + String.format(".%06dZ", micros.getNano() / 1000);
    }
}
