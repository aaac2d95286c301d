package org.zjcs.shared.notification;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Bilingual;
import org.zjcs.shared.i18n.LocalizedText;
import org.zjcs.shared.i18n.Messages;

/**
 * A notice in a user's or an organisation's inbox (table {@code notification}). It holds a message key and its
 * arguments, never the text: {@link #text(Locale)} renders it in the reader's language. Exactly one recipient is
 * set. A notice to an organisation is read once for all its members. An argument that is a {@link LocalizedText} (e.g.
 * the reasons a firm was excluded) is kept in both languages ({@code {"zh": …, "en": …}} in the JSON array) and shown
 * in the reader's.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int KEY_LENGTH = 100;
    static final int LINK_LENGTH = 300;
    static final int READ_BY_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_user_id", updatable = false)
    private Long recipientUserId;

    @Column(name = "recipient_organisation_id", updatable = false)
    private Long recipientOrganisationId;

    @Column(name = "message_key", nullable = false, length = KEY_LENGTH, updatable = false)
    private String messageKey;

    @Column(name = "message_args", nullable = false, updatable = false)
    private String messageArgs;

    @Column(name = "link", length = LINK_LENGTH, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by", length = READ_BY_LENGTH)
    private String readBy;

    @Transient
    private List<String> args;

    protected Notification() {
    }

    private Notification(Long userId, Long organisationId, String key, List<?> args, String link, Instant now) {
        this.recipientUserId = userId;
        this.recipientOrganisationId = organisationId;
        this.messageKey = checkKey(key);
        this.messageArgs = encodeArgs(checkArgs(args));
        this.link = checkLink(link);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A notice to one user. */
    public static Notification toUser(long userId, String key, List<?> args, String link, Instant now) {
        return new Notification(userId, null, key, args, link, now);
    }

    /** A notice to every member of an organisation. */
    public static Notification toOrganisation(long organisationId, String key, List<?> args, String link, Instant now) {
        return new Notification(null, organisationId, key, args, link, now);
    }

    /** Whether the reader {@code userId} of organisation {@code organisationId} may see and mark this notice. */
    public boolean isFor(long userId, long organisationId) {
        return recipientUserId != null ? recipientUserId == userId
                : recipientOrganisationId != null && recipientOrganisationId == organisationId;
    }

    /** Marks it read; false (and nothing changes) when it was read already. */
    public boolean markRead(Instant now, String reader) {
        if (readAt != null) {
            return false;
        }
        readAt = Objects.requireNonNull(now);
        String r = reader == null ? "" : reader;
        readBy = r.length() > READ_BY_LENGTH ? r.substring(0, READ_BY_LENGTH) : r;
        return true;
    }

    /** The text in the reader's language. */
    public String text(Locale locale) {
        return Messages.text(locale, messageKey, decodeShown(messageArgs).toArray());
    }

    static String checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw new DomainException("notification.error.key");
        }
        return key;
    }

    /**
     * A link is a path inside the application: it starts with one slash, and has no backslash, whitespace or control
     * character ({@code //host} and {@code /\host} would lead browsers to another site).
     */
    static String checkLink(String link) {
        if (link == null) {
            return null;
        }
        boolean ok = link.length() <= LINK_LENGTH && link.startsWith("/") && !link.startsWith("//")
                && link.chars().noneMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c));
        if (!ok) {
            throw new DomainException("notification.error.link");
        }
        return link;
    }

    private static List<Object> checkArgs(List<?> args) {
        if (args == null) {
            return List.of();
        }
        List<Object> copy = new ArrayList<>(args.size());
        for (Object a : args) {
            copy.add(a == null ? "" : a instanceof LocalizedText ? a : String.valueOf(a));
        }
        return List.copyOf(copy);
    }

    /** The arguments as stored: a JSON array of strings, a {@link LocalizedText} as {@code {"zh": …, "en": …}}. */
    static String encodeArgs(List<?> args) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (Object a : args) {
            if (a instanceof LocalizedText t) {
                b.add(Json.createObjectBuilder().add("zh", t.in(Locale.SIMPLIFIED_CHINESE)).add("en", t.in(Locale.ENGLISH)));
            } else {
                b.add(a == null ? "" : String.valueOf(a));
            }
        }
        return b.build().toString();
    }

    /** The stored arguments for rendering: texts, and the two-language ones as {@link Bilingual}. */
    static List<Object> decodeShown(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            List<Object> out = new ArrayList<>();
            for (JsonValue v : reader.readArray()) {
                if (v instanceof JsonString s) {
                    out.add(s.getString());
                } else if (v instanceof JsonObject o && o.containsKey("zh")) {
                    out.add(new Bilingual(o.getString("zh", ""), o.getString("en", "")));
                } else {
                    out.add(v.toString());
                }
            }
            return out;
        }
    }

    /** The arguments as stored (JSON), for a batch insert. */
    String encodedArgs() {
        return messageArgs;
    }

    static List<String> decodeArgs(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<String> out = new ArrayList<>(array.size());
            for (JsonValue v : array) {
                out.add(v instanceof JsonString s ? s.getString()
                        : v instanceof JsonObject o && o.containsKey("zh") ? o.getString("zh", "") : v.toString());
            }
            return List.copyOf(out);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public Long getRecipientOrganisationId() {
        return recipientOrganisationId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArgs() {
        if (args == null) {
            args = decodeArgs(messageArgs);
        }
        return args;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReadBy() {
        return readBy;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Sent to the whole organisation rather than to one user. */
    public boolean isToOrganisation() {
        return recipientOrganisationId != null;
    }
}
