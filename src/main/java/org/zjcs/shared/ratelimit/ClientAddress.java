package org.zjcs.shared.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The client address used for throttling and rate limits: the connection's remote address, or, when that address is
 * one of the configured trusted proxies ({@code zjcs.trusted.proxies}, comma-separated; none by default), the last
 * address of {@code X-Forwarded-For} that is not itself a trusted proxy. Behind a reverse proxy the proxy's address
 * must be listed, else every client shares the proxy's limits (docs/operations.md, "Throttling and rate limits").
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (remote == null) {
            return "";
        }
        if (trustedProxies.isEmpty() || !trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty() || hop.length() > 45 || !hop.matches("[0-9A-Fa-f:.]+")) {
                return remote;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }

    /** Parses the configured list (comma-separated addresses). */
    public static Set<String> parse(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String a : list.split(",")) {
            if (!a.isBlank()) {
                s.add(a.trim());
            }
        }
        return Set.copyOf(s);
    }
}
