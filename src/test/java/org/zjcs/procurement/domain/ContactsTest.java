package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.ValidationException;

/** Whom the public calls: a name and two phones, trimmed and checked; a correction changes only the phones. */
class ContactsTest {

    @Test
    void validContactsAreTrimmed() {
        ValidationException.Problems p = new ValidationException.Problems();
        Contacts c = Contacts.entered(" Wang ", " 029-87451230 ", "(029) 1234567").check(p);
        assertTrue(p.isEmpty());
        assertEquals("Wang", c.getName());
        assertEquals("029-87451230", c.getPhone());
        assertEquals("(029) 1234567", c.getComplaintPhone());
    }

    @Test
    void eachBadFieldIsNamed() {
        ValidationException.Problems p = new ValidationException.Problems();
        assertNull(Contacts.entered(" ", "12", "phone").check(p));
        ValidationException e = assertThrows(ValidationException.class, p::throwIfAny);
        assertEquals(List.of("contactName", "contactPhone", "complaintPhone"), e.fields());
        assertEquals("notice.error.contactPhone", e.problems().get(1).messageKey());
    }

    @Test
    void aCorrectionKeepsTheNameAndChecksTheNewPhones() {
        Contacts c = Contacts.entered("Wang", "029-87451230", "12345678");
        Contacts corrected = c.withPhones("029-11112222", " 87654321 ");
        assertEquals("Wang", corrected.getName());
        assertEquals("87654321", corrected.getComplaintPhone());
        ValidationException e = assertThrows(ValidationException.class, () -> c.withPhones("x", "12345678"));
        assertEquals(List.of("contactPhone"), e.fields());
    }
}
