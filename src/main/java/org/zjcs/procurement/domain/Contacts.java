package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.error.ValidationException;

/**
 * Whom the public calls about a notice: the contact's name and phone, and the phone for complaints. Built as entered
 * with {@link #entered}; {@link #check} gives the trimmed, checked contacts or reports each refused field.
 */
@Embeddable
public class Contacts {

    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\- ]{7,20}$");

    @Column(name = "name", length = 50)
    private String name;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "complaint_phone", length = 30)
    private String complaintPhone;

    protected Contacts() {
    }

    private Contacts(String name, String phone, String complaintPhone) {
        this.name = name;
        this.phone = phone;
        this.complaintPhone = complaintPhone;
    }

    /** The contacts as entered, unchecked. */
    public static Contacts entered(String name, String phone, String complaintPhone) {
        return new Contacts(name, phone, complaintPhone);
    }

    /**
     * The checked contacts (a name of at most 50 characters, phones of 7 to 20 digits, spaces, +, -, parentheses), or
     * null when a rule refused them: each refusal is added to {@code p} (contactName, contactPhone, complaintPhone).
     */
    public Contacts check(ValidationException.Problems p) {
        String n = p.check("contactName", () -> NoticeRules.required(name, "notice.error.contactName", 50));
        String ph = p.check("contactPhone", () -> phone(phone, "notice.error.contactPhone"));
        String c = p.check("complaintPhone", () -> phone(complaintPhone, "notice.error.complaintPhone"));
        return n == null || ph == null || c == null ? null : new Contacts(n, ph, c);
    }

    /** The same contact with new phones (a correction), checked; refused with a {@link ValidationException}. */
    public Contacts withPhones(String newPhone, String newComplaintPhone) {
        ValidationException.Problems p = new ValidationException.Problems();
        Contacts c = new Contacts(name, newPhone, newComplaintPhone).check(p);
        p.throwIfAny();
        return c;
    }

    private static String phone(String s, String key) {
        if (s == null || !PHONE.matcher(s.trim()).matches()) {
            throw new DomainException(key);
        }
        return s.trim();
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getComplaintPhone() {
        return complaintPhone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contacts c && Objects.equals(name, c.name) && Objects.equals(phone, c.phone)
                && Objects.equals(complaintPhone, c.complaintPhone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, complaintPhone);
    }
}
