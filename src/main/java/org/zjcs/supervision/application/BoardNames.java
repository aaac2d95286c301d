package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.supervision.domain.BoardDimension;

/**
 * The display names of the board's dimension values, read for the rows shown only (one IN query per dimension):
 * organisations (departments, owner units, firms), service items (in the reader's language) and regions. Party
 * types are named from the bundles.
 */
@ApplicationScoped
public class BoardNames {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** Names of the given keys of a dimension; keys without a name are left out. */
    public Map<String, String> of(BoardDimension dimension, List<String> keys, boolean english) {
        List<String> present = keys.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> out = new HashMap<>();
        if (present.isEmpty()) {
            return out;
        }
        switch (dimension) {
            case PARTY_TYPE -> present.forEach(k -> out.put(k, Messages.text(english ? java.util.Locale.ENGLISH
                    : java.util.Locale.SIMPLIFIED_CHINESE, "board.party." + k)));
            case REGION -> read("SELECT code, name FROM region WHERE code IN (" + marks(present.size()) + ")", present, out);
            case SERVICE_ITEM -> read("SELECT id, " + (english ? "name_en" : "name_zh") + " FROM service_item WHERE id IN ("
                    + marks(present.size()) + ")", present.stream().map(Long::valueOf).toList(), out);
            default -> organisations(present.stream().map(Long::valueOf).toList()).forEach((k, v) -> out.put(k.toString(), v));
        }
        return out;
    }

    /** Organisation names by id. */
    public Map<Long, String> organisations(Collection<Long> ids) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> out = new HashMap<>();
        if (!present.isEmpty()) {
            for (Object[] r : Rows.read(em, present.size(), "SELECT id, name FROM organisation WHERE id IN ("
                    + marks(present.size()) + ")", present.toArray())) {
                out.put(Rows.number(r[0]), Rows.text(r[1]));
            }
        }
        return out;
    }

    private void read(String sql, List<?> keys, Map<String, String> out) {
        for (Object[] r : Rows.read(em, keys.size(), sql, keys.toArray())) {
            out.put(Rows.text(r[0]).strip(), Rows.text(r[1]));
        }
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
