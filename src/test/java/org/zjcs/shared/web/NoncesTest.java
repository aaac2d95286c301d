package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A public page rendered with one nonce hashes the same as with another, and is served again with a fresh one. */
class NoncesTest {

    static String page(String nonce) {
        return "<script nonce=\"" + nonce + "\" src=\"/x.js\"></script><p>中介超市</p>"
                + "<script nonce=\"" + nonce + "\">if(window.PrimeFaces){PrimeFaces.csp.init('" + nonce.replace("/", "\\/")
                + "');}</script>";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void twoRendersWithDifferentNoncesGiveTheSamePageAndTheSameHash() {
        String a = "YWJjZC9lZmcrMTIzNA==/x";
        String b = PublicPageFilter.newNonce();
        byte[] plainA = Nonces.out(bytes(page(a)), a);
        byte[] plainB = Nonces.out(bytes(page(b)), b);
        assertArrayEquals(plainA, plainB);
        assertEquals(PublicPageFilter.hash(plainA), PublicPageFilter.hash(plainB));
        assertFalse(new String(plainA, StandardCharsets.UTF_8).contains(a));
    }

    @Test
    void aKeptPageIsServedWithTheNonceOfItsHeader() {
        String a = "YWJjZC9lZmcrMTIzNA==/x";
        String fresh = PublicPageFilter.newNonce();
        byte[] plain = Nonces.out(bytes(page(a)), a);
        assertEquals(page(fresh), new String(Nonces.in(plain, fresh), StandardCharsets.UTF_8));
        assertTrue(ContentSecurityPolicy.isNonce(fresh));
    }

    @Test
    void aRevalidationNamesTheNonceOfTheBrowsersCopy() {
        String nonce = PublicPageFilter.newNonce();
        String etag = PublicPageFilter.etag("abc123", nonce);
        assertEquals(nonce, PublicPageFilter.matchingNonce(etag, "abc123"));
        assertEquals(nonce, PublicPageFilter.matchingNonce("\"other.x1234567890\", W/" + etag, "abc123"));
        assertNull(PublicPageFilter.matchingNonce(etag, "def456"), "the page changed");
        assertNull(PublicPageFilter.matchingNonce("\"abc123.bad'; script-src *\"", "abc123"), "no header injection");
        assertNull(PublicPageFilter.matchingNonce("\"abc123\"", "abc123"), "an old tag without a nonce: send the page");
    }
}
