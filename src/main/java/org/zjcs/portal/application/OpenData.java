package org.zjcs.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.portal.domain.OcdsCursor;
import org.zjcs.portal.domain.OcdsEvent;
import org.zjcs.portal.domain.OcdsReleases;
import org.zjcs.portal.domain.Ocid;

/**
 * The open data of the notices in OCDS 1.1 (docs/open-data.md): the releases of one notice, the change feed of all
 * releases in publication order, one Beijing day's releases, and a notice's record. Reading only; what is public is
 * decided by {@link OcdsEvents}. The ocid prefix and the publisher's name are server configuration
 * ({@code zjcs.ocds.ocid-prefix}, {@code zjcs.ocds.publisher}), not an operator setting: a prefix must never change
 * once ocids are published.
 */
@ApplicationScoped
public class OpenData {

    public static final String DEFAULT_PREFIX = "ocds-zjcs00";
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;
    /** Events read at a time while writing a day's file. */
    static final int DAY_BATCH = 200;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    OcdsEvents events;

    @Inject
    @ConfigProperty(name = "zjcs.ocds.ocid-prefix", defaultValue = DEFAULT_PREFIX)
    String prefix;

    @Inject
    @ConfigProperty(name = "zjcs.ocds.publisher", defaultValue = "ZJCS Online Intermediary Services Marketplace")
    String publisher;

    public String prefix() {
        return prefix;
    }

    public String publisher() {
        return publisher;
    }

    /** The releases of the notice the ocid names, oldest first; empty when it is not a public notice of ours. */
    public Optional<List<JsonObject>> releases(String ocid, String site) {
        var id = Ocid.noticeId(prefix, ocid);
        if (id.isEmpty() || !events.isPublic(id.getAsLong())) {
            return Optional.empty();
        }
        List<JsonObject> releases = OcdsReleases.of(ocid, events.ofNotices(List.of(id.getAsLong())), site);
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases);
    }

    /** A page of the change feed: the releases after the cursor, oldest first, and the cursor of the last one. */
    public record FeedPage(List<JsonObject> releases, OcdsCursor last) {
    }

    public FeedPage feed(OcdsCursor after, int limit, String site) {
        List<OcdsEvent> page = events.page(after, null, null, limit);
        return new FeedPage(releasesOf(page, site), page.isEmpty() ? null : page.get(page.size() - 1).cursor());
    }

    /** Hands every release of the Beijing day to {@code sink}, in feed order, reading {@value #DAY_BATCH} events at a time. */
    public void day(LocalDate day, String site, Consumer<JsonObject> sink) {
        Instant from = day.atStartOfDay(BEIJING).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BEIJING).toInstant();
        OcdsCursor after = null;
        while (true) {
            List<OcdsEvent> page = events.page(after, from, to, DAY_BATCH);
            releasesOf(page, site).forEach(sink);
            if (page.size() < DAY_BATCH) {
                return;
            }
            after = page.get(page.size() - 1).cursor();
        }
    }

    /** The releases of these events, in their order: each built from its notice's events up to it. */
    private List<JsonObject> releasesOf(List<OcdsEvent> page, String site) {
        Set<Long> notices = new LinkedHashSet<>();
        page.forEach(e -> notices.add(e.noticeId()));
        Map<Long, List<OcdsEvent>> byNotice = new HashMap<>();
        for (OcdsEvent e : events.ofNotices(notices)) {
            byNotice.computeIfAbsent(e.noticeId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, JsonObject> byId = new HashMap<>();
        byNotice.forEach((notice, list) -> OcdsReleases.of(Ocid.of(prefix, notice), list, site)
                .forEach(r -> byId.put(notice + "/" + r.getString("id"), r)));
        List<JsonObject> out = new ArrayList<>();
        for (OcdsEvent e : page) {
            JsonObject r = byId.get(e.noticeId() + "/" + e.releaseId());
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
