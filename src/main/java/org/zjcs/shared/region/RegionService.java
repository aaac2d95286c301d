package org.zjcs.shared.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The administrative divisions of China (reference data). */
@ApplicationScoped
@Transactional
public class RegionService {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    /**
     * Region codes are reference data (GB/T 2260) that only a migration changes, so names and the province list are
     * kept in memory for the server's life (a new migration means a restart).
     */
    private final Map<String, String> fullNames = new ConcurrentHashMap<>();
    private final Map<String, String> fullNamesEn = new ConcurrentHashMap<>();
    private volatile List<Region> provinces;

    public List<Region> provinces() {
        List<Region> p = provinces;
        if (p == null) {
            p = List.copyOf(em.createNamedQuery("Region.provinces", Region.class).getResultList());
            provinces = p;
        }
        return p;
    }

    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery("Region.children", Region.class).setParameter("parent", parentCode).getResultList();
    }

    /**
     * The code prefix shared by every region inside a province-level region: its first two digits (GB/T 2260);
     * null for a blank code.
     */
    public static String prefixOf(String provinceCode) {
        return provinceCode == null || provinceCode.isBlank() ? null : provinceCode.trim().substring(0, 2);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    /** The names from province down to the region, separated by spaces; the code itself when unknown. */
    public String fullName(String code) {
        if (code == null) {
            return "null";
        }
        String cached = fullNames.get(code);
        if (cached == null) {
            cached = readFullName(code);
            fullNames.put(code, cached);
        }
        return cached;
    }

    /**
     * The full name for a reader of {@code locale}: in English, most specific first ("Xi'an, Shaanxi"), when every
     * level of the region has an English name; otherwise the Chinese full name (data without an English name).
     */
    public String fullName(String code, java.util.Locale locale) {
        if (code == null || "zh".equals(locale.getLanguage())) {
            return fullName(code);
        }
        return fullNamesEn.computeIfAbsent(code, c -> {
            List<String> names = new ArrayList<>();
            Optional<Region> r = find(c);
            while (r.isPresent()) {
                if (r.get().getNameEn() == null || r.get().getNameEn().isBlank()) {
                    return fullName(c);
                }
                names.add(r.get().getNameEn());
                r = find(r.get().getParentCode());
            }
            return names.isEmpty() ? fullName(c) : String.join(", ", names);
        });
    }

    /** Whether {@link #fullName(String, java.util.Locale)} names the region in Chinese for a reader of {@code locale}. */
    public boolean fullNameInChinese(String code, java.util.Locale locale) {
        return code == null || fullName(code, locale).equals(fullName(code));
    }

    private String readFullName(String code) {
        List<String> names = new ArrayList<>();
        Optional<Region> r = find(code);
        while (r.isPresent()) {
            names.add(0, r.get().getName());
            r = find(r.get().getParentCode());
        }
        return names.isEmpty() ? String.valueOf(code) : String.join(" ", names);
    }
}
