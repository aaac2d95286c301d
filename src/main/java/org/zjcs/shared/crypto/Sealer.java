package org.zjcs.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals values that nobody may read before a moment the application decides (sealed bids, a notice's draw seed):
 * AES-256-GCM with a random 96-bit nonce, bound to a context string (e.g. {@code bid|42|price}) as associated data,
 * so that a sealed value copied to another row does not open. Also gives keyed tags (HMAC-SHA256) that let the
 * application find a sealed row without revealing what it stands for. Pure: the key is given.
 */
public final class Sealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec tagKey;
    private final SecureRandom random = new SecureRandom();

    public Sealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a 32-byte key is needed");
        }
        // two independent keys from the one configured key
        this.encryptionKey = new SecretKeySpec(hmac(key, "zjcs-seal-encrypt"), "AES");
        this.tagKey = new SecretKeySpec(hmac(key, "zjcs-seal-tag"), "HmacSHA256");
    }

    /** The sealed form of {@code plain} for {@code context}: base64 of nonce ‖ ciphertext ‖ tag. */
    public String seal(String context, String plain) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a value sealed for the same context; refuses one sealed for another context or changed in any way. */
    public String open(String context, String sealed) {
        byte[] all = Base64.getDecoder().decode(sealed);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(all, NONCE)));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the sealed value does not belong to " + context, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A keyed tag (hex HMAC-SHA256) of {@code text}: equal texts give equal tags; without the key it says nothing. */
    public String tag(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(tagKey);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
