package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.OrganisationRepository;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinRepository;

/**
 * Reading 通报: the public reads the published ones (the list) and, on the detail page, the withdrawn ones too, with
 * the reason; a regulator reads its own organisation's, drafts included. Lists are keyset pages on the id, newest first.
 */
@ApplicationScoped
@Transactional
public class BulletinQueries {

    public static final int PAGE_SIZE = 20;

    @Inject
    Guard guard;

    @Inject
    BulletinRepository bulletins;

    @Inject
    OrganisationRepository organisations;

    /** One page of the published 通报 (no login). */
    public KeysetPage<Bulletin> published(String after, String before) {
        return KeysetPage.read(after, before, c -> true, PAGE_SIZE,
                (c, backwards, limit) -> bulletins.published(c == null ? null : c.id(), backwards, limit));
    }

    /** A published or withdrawn 通报 (no login); a draft looks absent. */
    public Bulletin publicItem(long id) {
        return bulletins.find(id).filter(b -> b.getState().isPublic())
                .orElseThrow(() -> new DomainException("rank.bulletin.error.notFound"));
    }

    /**
     * A 通报 for its PDF: a published or withdrawn one for anyone (as its public page); a draft only for a regulator of
     * the organisation drafting it (as regulator/bulletins.xhtml). To anyone else a draft looks absent, like an unknown id.
     */
    public Bulletin readable(long id) {
        Bulletin b = bulletins.find(id).orElseThrow(() -> new DomainException("rank.bulletin.error.notFound"));
        if (b.getState().isPublic()) {
            return b;
        }
        boolean ownDraft = guard.hasRole(Role.REGULATOR) && guard.principal()
                .map(me -> me.organisationId() == b.getRegulatorOrgId()).orElse(false);
        if (!ownDraft) {
            throw new DomainException("rank.bulletin.error.notFound");
        }
        return b;
    }

    /** The name of the regulator organisation that issued {@code b} ("" if it is gone). */
    public String issuer(Bulletin b) {
        return organisations.find(b.getRegulatorOrgId()).map(org.zjcs.security.domain.Organisation::getName).orElse("");
    }

    /** One page of the calling regulator organisation's 通报, every state. */
    public KeysetPage<Bulletin> mine(String after, String before) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        return KeysetPage.read(after, before, c -> true, PAGE_SIZE, (c, backwards, limit) ->
                bulletins.ofRegulator(me.organisationId(), c == null ? null : c.id(), backwards, limit));
    }

    /** One of the calling regulator organisation's 通报; another's looks absent. */
    public Bulletin own(long id) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        return bulletins.find(id).filter(b -> b.getRegulatorOrgId() == me.organisationId())
                .orElseThrow(() -> new DomainException("rank.bulletin.error.notFound"));
    }

    /** The cursor token of a row (for the pages' next/previous links). */
    public static String token(Bulletin b) {
        return new KeysetCursor("", b.getId()).encode();
    }
}
