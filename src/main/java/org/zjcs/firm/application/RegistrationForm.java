package org.zjcs.firm.application;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;

/** Everything a firm submits to register, as the registration page collects it. */
public record RegistrationForm(String name, String creditCode, Firm.Contacts contacts, Set<Long> serviceItemIds,
                               String username, String password, boolean commitmentConfirmed, String commitmentLocale,
                               String commitmentText, Map<MaterialKind, Upload> materials, QualificationForm qualification) {

    /** One uploaded file as it arrives: its bytes and the name the browser gave. */
    public record Upload(InputStream content, String fileName) {
    }

    /** The qualification given with the registration. */
    public record QualificationForm(String typeCode, String level, String certificateNo, String issuer, LocalDate validFrom,
                                    LocalDate validTo, Upload scan) {
    }
}
