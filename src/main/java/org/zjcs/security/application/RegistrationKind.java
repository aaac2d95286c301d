package org.zjcs.security.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Registration;

/**
 * A kind of organisation whose registrations the operator reviews, contributed as a CDI bean by the context that owns
 * the registration (firm: {@code FirmRegistrationKind}, owner: {@code OwnerRegistrationKind}; approval departments
 * and regulators next). {@link RegistrationQueue} finds it by {@link #kind()} and runs the same review for all:
 * the names below make the audit actions ({@code FIRM_APPROVED}), notification keys
 * ({@code notification.firm.approved}) and links that each kind had before.
 */
public interface RegistrationKind {

    OrganisationKind kind();

    /**
     * The name the queue and its page find this kind by: the organisation kind's name for a registration
     * ({@code FIRM}); another name for a later review of an organisation of that kind (a firm's licence change:
     * {@code FIRM_LICENCE}).
     */
    default String key() {
        return kind().name();
    }

    /** Whether approving it makes the organisation active (a registration does; a change of a registered one does not). */
    default boolean activatesOrganisation() {
        return true;
    }

    /** The registration, managed in the caller's transaction; empty if none of this kind has that id. */
    Optional<? extends Registration> find(long organisationId);

    /** The registrations waiting for review, oldest submission first. */
    List<? extends Registration> awaitingReview();

    /** Prefix of the audit actions: {@code FIRM} → {@code FIRM_APPROVED}, {@code FIRM_RETURNED} ... */
    String auditPrefix();

    /** Audit object type, e.g. {@code Firm}. */
    String objectType();

    /** Prefix of the notification keys: {@code notification.firm} → {@code notification.firm.approved} ... */
    String notificationPrefix();

    /** The organisation's workspace, linked from its notifications. */
    String workspace();

    /** Message key of "no such registration". */
    String notFoundKey();

    /** What else the approval approves in this context (e.g. the qualifications given with a firm's registration). */
    default void approved(Registration registration, String operator, Instant now) {
    }
}
