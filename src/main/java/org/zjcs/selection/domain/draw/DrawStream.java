package org.zjcs.selection.domain.draw;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The verifiable randomness of a selection, version {@value #VERSION} (specified in docs/draw.md).
 *
 * <p>Inputs: the notice's 32-byte secret seed (committed to as {@code SHA-256(seed)} when the notice is published and
 * revealed at the deadline), the notice id and the receipt hashes of the eligible entries. Everything drawn is a pure
 * function of these inputs, so anyone can re-run it.
 *
 * <ul>
 *   <li>{@code entriesDigest = SHA-256(UTF-8(join("\n", receipts sorted ascending)))};</li>
 *   <li>{@code block(purpose, counter) = SHA-256(seed || UTF-8("zjcs-draw-v1|" + noticeId + "|" + purpose + "|" + counter) || entriesDigest)};</li>
 *   <li>{@link #index(String, int)}: the first 8 bytes of a block as an unsigned big-endian integer u; with
 *       {@code limit = floor(2^64 / n) * n}, a block with {@code u >= limit} is rejected and the purpose's next counter
 *       is used; otherwise the index is {@code u mod n}.</li>
 * </ul>
 * Each purpose has its own counter, starting at 0; every call of {@code index} with the same purpose continues where
 * the previous one stopped. Every draw is recorded as a {@link DrawStep}.
 *
 * <p>Not thread-safe: one stream serves one selection.
 */
public final class DrawStream {

    public static final String VERSION = "zjcs-draw-v1";
    /**
     * Version 2 (docs/draw.md, "Version 2"): the blocks use the effective seed
     * {@code SHA-256(UTF-8("zjcs-draw-v2") || seed || witness || ledgerDigest)} and the label prefix
     * {@code "zjcs-draw-v2|"}; everything else is as in version 1.
     */
    public static final String VERSION_2 = "zjcs-draw-v2";
    public static final int SEED_BYTES = 32;

    private static final Pattern RECEIPT = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String version;
    private final byte[] seed;
    private final long noticeId;
    private final List<String> sortedReceipts;
    private final byte[] entriesDigest;
    private final Map<String, Long> nextCounter = new HashMap<>();
    private final List<DrawStep> steps = new ArrayList<>();

    /**
     * @param seed     exactly 32 bytes
     * @param noticeId the notice id (written in decimal into every block)
     * @param receipts the receipt hashes of the eligible entries, 64-character lowercase hex, distinct, in any order
     */
    public DrawStream(byte[] seed, long noticeId, Collection<String> receipts) {
        this(VERSION, seed, noticeId, receipts);
    }

    private DrawStream(String version, byte[] seed, long noticeId, Collection<String> receipts) {
        Objects.requireNonNull(seed, "seed");
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("The seed must be " + SEED_BYTES + " bytes, not " + seed.length);
        }
        this.version = version;
        this.seed = seed.clone();
        this.noticeId = noticeId;
        List<String> sorted = new ArrayList<>(receipts);
        for (String r : sorted) {
            if (r == null || !RECEIPT.matcher(r).matches()) {
                throw new IllegalArgumentException("A receipt must be 64 lowercase hex characters: " + r);
            }
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("Duplicate receipt " + sorted.get(i));
            }
        }
        this.sortedReceipts = List.copyOf(sorted);
        this.entriesDigest = sha256(String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A version-2 stream: the blocks use the effective seed {@link #effectiveSeed(byte[], byte[], byte[])} and the
     * label prefix {@value #VERSION_2}.
     *
     * @param seed         the notice's seed, 32 bytes (committed at publication, sealed by the platform)
     * @param witness      the witness secret, 32 bytes (committed at publication, held by the independent witness)
     * @param ledgerDigest SHA-256 of the closed submission ledger, 32 bytes ({@link #ledgerDigest(List)})
     */
    public static DrawStream v2(byte[] seed, byte[] witness, byte[] ledgerDigest, long noticeId,
                                Collection<String> receipts) {
        return new DrawStream(VERSION_2, effectiveSeed(seed, witness, ledgerDigest), noticeId, receipts);
    }

    /** {@code SHA-256(UTF-8("zjcs-draw-v2") || seed || witness || ledgerDigest)}, each of the three 32 bytes. */
    public static byte[] effectiveSeed(byte[] seed, byte[] witness, byte[] ledgerDigest) {
        requireLength(seed, "seed");
        requireLength(witness, "witness");
        requireLength(ledgerDigest, "ledger digest");
        MessageDigest sha = newSha256();
        sha.update(VERSION_2.getBytes(StandardCharsets.UTF_8));
        sha.update(seed);
        sha.update(witness);
        sha.update(ledgerDigest);
        return sha.digest();
    }

    /**
     * The digest of the closed submission ledger: {@code SHA-256(UTF-8(join("\n", receipt hashes in ledger order)))},
     * every submission (enrolment, revision, withdrawal, re-enrolment) in the order it was stored; the same value the
     * audit entry {@code NOTICE_CLOSED} anchors as {@code ledgerSha256}.
     */
    public static byte[] ledgerDigest(List<String> ledger) {
        for (String r : ledger) {
            if (r == null || !RECEIPT.matcher(r).matches()) {
                throw new IllegalArgumentException("A ledger entry must be 64 lowercase hex characters: " + r);
            }
        }
        return sha256(String.join("\n", ledger).getBytes(StandardCharsets.UTF_8));
    }

    private static void requireLength(byte[] b, String what) {
        Objects.requireNonNull(b, what);
        if (b.length != SEED_BYTES) {
            throw new IllegalArgumentException("The " + what + " must be " + SEED_BYTES + " bytes, not " + b.length);
        }
    }

    /** A stream from the seed in hex (64 hex characters). */
    public static DrawStream ofHex(String seedHex, long noticeId, Collection<String> receipts) {
        return new DrawStream(parseSeed(seedHex), noticeId, receipts);
    }

    /** A new secret seed: 32 bytes from {@link SecureRandom}. */
    public static byte[] newSeed() {
        byte[] s = new byte[SEED_BYTES];
        RANDOM.nextBytes(s);
        return s;
    }

    /** The commitment published with the notice: {@code hex(SHA-256(seed))}. */
    public static String commitment(byte[] seed) {
        return hex(sha256(seed));
    }

    /** The seed from 64 hex characters (either case). */
    public static byte[] parseSeed(String seedHex) {
        if (seedHex == null || seedHex.length() != 2 * SEED_BYTES) {
            throw new IllegalArgumentException("The seed must be " + 2 * SEED_BYTES + " hex characters");
        }
        return HexFormat.of().parseHex(seedHex);
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public long noticeId() {
        return noticeId;
    }

    /** {@value #VERSION} or {@value #VERSION_2}. */
    public String version() {
        return version;
    }

    /** The seed the blocks use: the notice's seed (version 1) or the effective seed (version 2). */
    public String seedHex() {
        return hex(seed);
    }

    /** The receipts in the order the draw uses: ascending as strings. */
    public List<String> sortedReceipts() {
        return sortedReceipts;
    }

    /** {@code SHA-256(UTF-8(join("\n", sortedReceipts)))} in hex. */
    public String entriesDigestHex() {
        return hex(entriesDigest);
    }

    /** The block of (purpose, counter); does not move any counter and records nothing. */
    public byte[] block(String purpose, long counter) {
        checkPurpose(purpose);
        if (counter < 0) {
            throw new IllegalArgumentException("counter < 0");
        }
        MessageDigest sha = newSha256();
        sha.update(seed);
        sha.update(label(purpose, counter).getBytes(StandardCharsets.UTF_8));
        sha.update(entriesDigest);
        return sha.digest();
    }

    /** The text hashed between the seed and the entries digest. */
    String label(String purpose, long counter) {
        return version + "|" + noticeId + "|" + purpose + "|" + counter;
    }

    /** Draws an index uniformly in [0, n) for the purpose, continuing its counter; recorded as a step. */
    public int index(String purpose, int n) {
        return (int) draw(purpose, n).index();
    }

    /** Like {@link #index(String, int)}, returning the whole recorded step. */
    public DrawStep draw(String purpose, int n) {
        return drawLong(purpose, n);
    }

    /**
     * The same for any n in [1, 2^63): package-private, so that tests can reach ranges where rejection is likely.
     */
    DrawStep drawLong(String purpose, long n) {
        checkPurpose(purpose);
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        // 2^64 mod n; limit = 2^64 - r. With r == 0 no value is rejected.
        long r = Long.remainderUnsigned(-n, n);
        long counter = nextCounter.getOrDefault(purpose, 0L);
        List<Long> used = new ArrayList<>();
        while (true) {
            byte[] block = block(purpose, counter);
            used.add(counter);
            counter++;
            long u = first8(block);
            boolean rejected = r != 0 && Long.compareUnsigned(u, -r) >= 0;
            if (!rejected) {
                nextCounter.put(purpose, counter);
                DrawStep step = new DrawStep(purpose, n, used, hex(block), Long.toUnsignedString(u),
                        Long.remainderUnsigned(u, n));
                steps.add(step);
                return step;
            }
        }
    }

    /** {@code floor(2^64 / n) * n}, the rejection limit, for documentation and tests. */
    static BigInteger limit(long n) {
        BigInteger bn = BigInteger.valueOf(n);
        return TWO_64.divide(bn).multiply(bn);
    }

    /** The next counter the purpose would use (0 when it was never drawn). */
    public long nextCounter(String purpose) {
        return nextCounter.getOrDefault(purpose, 0L);
    }

    /** Every draw so far, in order. */
    public List<DrawStep> steps() {
        return List.copyOf(steps);
    }

    static long first8(byte[] block) {
        long u = 0;
        for (int i = 0; i < 8; i++) {
            u = (u << 8) | (block[i] & 0xffL);
        }
        return u;
    }

    private static void checkPurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("A purpose is a short lowercase ASCII word: " + purpose);
        }
    }

    static byte[] sha256(byte[] bytes) {
        return newSha256().digest(bytes);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
