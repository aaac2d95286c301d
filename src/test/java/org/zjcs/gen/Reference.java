package org.zjcs.gen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reference data the migrations loaded: county-level regions (V2), service items and their requirements (V4), rules. */
record Reference(List<Region> regions, List<Region> home, List<Item> items, Map<String, Integer> points) {

    /** A county-level region with the name of its city (or province, for municipalities). */
    record Region(String code, String name, String city) {
    }

    record Requirement(String type, String minLevel, String bestLevel) {
    }

    record Item(long id, String code, String name, String approvalItem, String mode, List<Requirement> requirements) {
    }

    /** The province most generated organisations are in (Shaanxi, as the demo); the rest spread over all of China. */
    static final String HOME_PROVINCE = "61";

    static Reference read(Connection c) throws SQLException {
        List<Region> regions = new ArrayList<>();
        List<Region> home = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT r.code, r.name, p.name, g.name FROM region r JOIN region p ON p.code = r.parent_code "
                        + "LEFT JOIN region g ON g.code = p.parent_code WHERE r.level = 3 ORDER BY r.code")) {
            while (rs.next()) {
                String city = rs.getString(3);
                if (city.equals("市辖区") || city.equals("县") || city.startsWith("省直辖") || city.startsWith("自治区直辖")) {
                    city = rs.getString(4) == null ? "" : rs.getString(4);
                }
                Region r = new Region(rs.getString(1), rs.getString(2), city);
                regions.add(r);
                if (r.code().startsWith(HOME_PROVINCE)) {
                    home.add(r);
                }
            }
        }
        Map<String, String> bestLevel = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, levels FROM qualification_type")) {
            while (rs.next()) {
                String levels = rs.getString(2);
                bestLevel.put(rs.getString(1), levels == null || levels.isBlank() ? null : levels.split(",")[0].trim());
            }
        }
        Map<Long, List<Requirement>> reqs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT service_item_id, "
                + "qualification_type_code, min_level FROM service_item_requirement ORDER BY service_item_id, qualification_type_code")) {
            while (rs.next()) {
                reqs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Requirement(rs.getString(2), rs.getString(3), bestLevel.get(rs.getString(2))));
            }
        }
        List<Item> items = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code, name_zh, approval_items, "
                + "requirement_mode FROM service_item WHERE status = 'IN_FORCE' ORDER BY id")) {
            while (rs.next()) {
                String approval = rs.getString(4).strip().split("\n")[0].strip();
                items.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3), approval, rs.getString(5),
                        reqs.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        Map<String, Integer> points = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code, points FROM credit_rule WHERE version_id = 1")) {
            while (rs.next()) {
                points.put(rs.getString(1), rs.getInt(2));
            }
        }
        if (regions.isEmpty() || items.isEmpty()) {
            throw new IllegalStateException("the reference data (regions, service items) is missing: migrations not applied?");
        }
        return new Reference(regions, home.isEmpty() ? regions : home, items, points);
    }
}
