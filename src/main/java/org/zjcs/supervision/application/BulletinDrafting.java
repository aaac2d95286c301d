package org.zjcs.supervision.application;

import org.zjcs.shared.change.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinRepository;
import org.zjcs.supervision.domain.BulletinUnit;
import org.zjcs.supervision.domain.RankedUnit;
import org.zjcs.supervision.domain.RankingKind;

/**
 * A regulator drafts, edits, publishes and withdraws a 通报 (docs/domain-rules.md "通报"). The units named are picked
 * from the month's ranking among those that missed limits, their figures copied in at drafting (or when the draft's
 * units are picked again); a published 通报 never changes. Only regulators, and only their own organisation's 通报
 * (another's looks absent). Every change is audited; publishing tells the named units.
 */
@ApplicationScoped
@Transactional
public class BulletinDrafting {

    /** A unit picked from the ranking: its kind (DEPARTMENT, OWNER, FIRM) and organisation id. */
    public record UnitRef(String kind, Long id) {

        /** "KIND:id", as the ranking page's check boxes send it. */
        public static UnitRef parse(String token) {
            int colon = token == null ? -1 : token.indexOf(':');
            if (colon < 0) {
                throw new DomainException("rank.bulletin.error.unit");
            }
            try {
                return new UnitRef(token.substring(0, colon), Long.valueOf(token.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new DomainException("rank.bulletin.error.unit");
            }
        }
    }

    @Inject
    ChangeLog changeLog;

    @Inject
    Guard guard;

    @Inject
    BulletinRepository bulletins;

    @Inject
    Rankings rankings;

    @Inject
    BulletinJournal journal;

    @Inject
    Clock clock;

    /** A new draft for the month naming the picked units. */
    public Bulletin draft(String month, String title, String body, List<UnitRef> units) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        YearMonth m = rankings.parse(month);
        Bulletin.checkTexts(title, body);
        Bulletin b = Bulletin.draft(me.organisationId(), me.username(), m, title, body, picked(m, units), clock.instant());
        bulletins.add(b);
        journal.record("BULLETIN_DRAFTED", b, Map.of());
        return b;
    }

    /** Edits the caller organisation's draft; {@code units} null keeps the units (and their figures) named. */
    public Bulletin edit(long id, String title, String body, List<UnitRef> units) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Bulletin b = own(id, me);
        b.getState().edit();
        Bulletin.checkTexts(title, body);
        b.edit(title, body, units == null ? null : picked(b.yearMonth(), units), clock.instant());
        bulletins.flush();
        journal.record("BULLETIN_EDITED", b, Map.of());
        return b;
    }

    /** Publishes the caller organisation's draft; the named units are told. */
    public Bulletin publish(long id) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Bulletin b = own(id, me);
        b.publish(me.username(), clock.instant());
        bulletins.flush();
        int told = journal.notifyNamed(b);
        journal.record("BULLETIN_PUBLISHED", b, Map.of("notified", told));
        changeLog.record(ChangeLog.BULLETIN, b.getId());
        return b;
    }

    /** Withdraws the caller organisation's published 通报, with a reason shown on its public page. */
    public Bulletin withdraw(long id, String reason) {
        ZjcsPrincipal me = guard.requireRole(Role.REGULATOR);
        Bulletin b = own(id, me);
        b.withdraw(me.username(), reason, clock.instant());
        bulletins.flush();
        journal.record("BULLETIN_WITHDRAWN", b, Map.of("reason", b.getWithdrawReason()));
        changeLog.record(ChangeLog.BULLETIN, b.getId());
        return b;
    }

    private Bulletin own(long id, ZjcsPrincipal me) {
        return bulletins.lock(id).filter(b -> b.getRegulatorOrgId() == me.organisationId())
                .orElseThrow(() -> new DomainException("rank.bulletin.error.notFound"));
    }

    /** The picked units, each one of the month's units that missed limits, with their figures as of now. */
    private List<BulletinUnit> picked(YearMonth month, List<UnitRef> units) {
        if (units == null || units.isEmpty()) {
            throw new DomainException("rank.bulletin.error.unitsRequired");
        }
        if (units.size() > Bulletin.MAX_UNITS) {
            throw new DomainException("rank.bulletin.error.tooManyUnits", Bulletin.MAX_UNITS);
        }
        MonthRanking ranking = rankings.compute(month);
        Set<String> seen = new LinkedHashSet<>();
        List<BulletinUnit> out = new ArrayList<>();
        for (UnitRef ref : units) {
            if (ref == null || ref.id() == null || ref.kind() == null) {
                throw new DomainException("rank.bulletin.error.unit");
            }
            RankingKind kind;
            try {
                kind = RankingKind.valueOf(ref.kind());
            } catch (IllegalArgumentException e) {
                throw new DomainException("rank.bulletin.error.unit");
            }
            if (!seen.add(kind + ":" + ref.id())) {
                continue;
            }
            Optional<RankedUnit> found = ranking.of(kind).stream().filter(r -> r.figures().unitId() == ref.id()).findFirst();
            RankedUnit r = found.filter(x -> x.figures().missedLimits())
                    .orElseThrow(() -> new DomainException("rank.bulletin.error.unitNotMissed", ref.id()));
            out.add(BulletinUnit.of(r));
        }
        return out;
    }
}
