package org.zjcs.shared.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zjcs.shared.error.DomainException;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    @Test
    void aNoticeToAUserIsForThatUserOnly() {
        Notification n = Notification.toUser(1001, "notification.welcome", List.of("某公司"), "/catalog.xhtml", NOW);
        assertTrue(n.isFor(1001, 1001));
        assertTrue(n.isFor(1001, 9999), "the user's own notice, whatever the organisation");
        assertFalse(n.isFor(5001, 1001), "another member of the same organisation does not see a personal notice");
        assertFalse(n.isFor(5001, 5001));
        assertFalse(n.isToOrganisation());
    }

    @Test
    void aNoticeToAnOrganisationIsForEveryMember() {
        Notification n = Notification.toOrganisation(1001, "notification.welcome", List.of(), null, NOW);
        assertTrue(n.isFor(1001, 1001));
        assertTrue(n.isFor(1002, 1001));
        assertFalse(n.isFor(1001, 5001), "a notice to another organisation");
        assertTrue(n.isToOrganisation());
        assertNull(n.getLink());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "notification welcome", "1abc", "notification.welcome;drop", "中文"})
    void aBadKeyIsRefused(String key) {
        DomainException e = assertThrows(DomainException.class, () -> Notification.toUser(1, key, List.of(), null, NOW));
        assertEquals("notification.error.key", e.messageKey());
    }

    @Test
    void aMissingOrTooLongKeyIsRefused() {
        assertThrows(DomainException.class, () -> Notification.toUser(1, null, List.of(), null, NOW));
        assertThrows(DomainException.class, () -> Notification.toUser(1, "a".repeat(101), List.of(), null, NOW));
        Notification.toUser(1, "a".repeat(100), List.of(), null, NOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "catalog.xhtml", "http://evil.example/", "//evil.example/x", "/\\evil.example", "/a b",
            "/a\nb", "javascript:alert(1)"})
    void aLinkOutsideTheApplicationIsRefused(String link) {
        DomainException e = assertThrows(DomainException.class,
                () -> Notification.toOrganisation(1, "notification.welcome", List.of(), link, NOW));
        assertEquals("notification.error.link", e.messageKey());
    }

    @Test
    void pathsInsideTheApplicationAreLinks() {
        assertEquals("/catalog.xhtml", Notification.toUser(1, "k", null, "/catalog.xhtml", NOW).getLink());
        assertEquals("/firm/index.xhtml?tab=2#x", Notification.toUser(1, "k", null, "/firm/index.xhtml?tab=2#x", NOW).getLink());
        assertThrows(DomainException.class, () -> Notification.toUser(1, "k", null, "/" + "a".repeat(300), NOW));
    }

    @Test
    void argumentsAreKeptAsAJsonArrayOfStrings() {
        List<String> args = Arrays.asList("陕西秦川\"环境\"", null, "a\\b", "第 {0} 项");
        String json = Notification.encodeArgs(List.of("陕西秦川\"环境\"", "", "a\\b", "第 {0} 项"));
        assertEquals(List.of("陕西秦川\"环境\"", "", "a\\b", "第 {0} 项"), Notification.decodeArgs(json));
        Notification n = Notification.toUser(1, "k", args, null, NOW);
        assertEquals(List.of("陕西秦川\"环境\"", "", "a\\b", "第 {0} 项"), n.getArgs(), "null becomes empty text");
        assertEquals(List.of(), Notification.toUser(1, "k", null, null, NOW).getArgs());
        assertEquals(List.of(), Notification.decodeArgs("[]"));
    }

    @Test
    void theTextIsRenderedInTheReadersLanguage() {
        Notification n = Notification.toOrganisation(1001, "notification.welcome", List.of("陕西秦川环境工程咨询有限公司"), null, NOW);
        String zh = n.text(Locale.SIMPLIFIED_CHINESE);
        String en = n.text(Locale.ENGLISH);
        assertTrue(zh.contains("欢迎使用中介服务网上超市") && zh.contains("陕西秦川环境工程咨询有限公司"), zh);
        assertTrue(en.startsWith("Welcome") && en.contains("陕西秦川环境工程咨询有限公司"), en);
    }

    @Test
    void markingReadIsIdempotent() {
        Notification n = Notification.toUser(1, "k", List.of(), null, NOW);
        assertFalse(n.isRead());
        assertTrue(n.markRead(NOW.plusSeconds(60), "firm01"));
        assertTrue(n.isRead());
        assertFalse(n.markRead(NOW.plusSeconds(120), "someone"), "already read");
        assertEquals(NOW.plusSeconds(60), n.getReadAt(), "the first reading is kept");
        assertEquals("firm01", n.getReadBy());
    }

    @Test
    void aLocalizedArgumentIsKeptInBothLanguagesAndShownInTheReaders() {
        Notification n = Notification.toOrganisation(1001, "notification.welcome",
                List.of(new org.zjcs.shared.i18n.Bilingual("陕西秦川环境", "Qinchuan Environment")), null, NOW);
        assertTrue(n.text(Locale.SIMPLIFIED_CHINESE).contains("陕西秦川环境"));
        assertTrue(n.text(Locale.ENGLISH).contains("Qinchuan Environment"), n.text(Locale.ENGLISH));
        assertFalse(n.text(Locale.ENGLISH).contains("陕西秦川环境"));
        assertEquals(List.of("陕西秦川环境"), n.getArgs(), "getArgs gives the Chinese text");
    }
}
