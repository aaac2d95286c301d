package org.zjcs.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * THE table of who may do what (issue 14): {@code src/test/resources/security/authorization-matrix.tsv}, one row per
 * target x role x ownership with the answer the product's rules give. Legend in the file's header and in
 * docs/security.md (V4). Walked by {@code AuthorizationMatrixIT}; kept complete by {@link AuthorizationMatrixCoverageTest}.
 */
public final class AuthorizationMatrix {

    public static final String RESOURCE = "/security/authorization-matrix.tsv";

    public static final Set<String> KINDS = Set.of("PAGE", "DIR", "REST", "FILE");
    public static final Set<String> ROLES = Set.of("anonymous", "firm", "owner-admin", "owner-member", "approver",
            "regulator", "operator");
    public static final Set<String> OWNERSHIPS = Set.of("own", "other", "-");
    public static final Set<String> EXPECTED = Set.of("OK", "ALLOWED", "LOGIN", "401", "403", "404", "HIDDEN");

    /** One row: see the file's legend. */
    public record Row(int line, String kind, String target, String request, String role, String ownership,
                      String account, String expected, String mark) {

        public boolean anonymous() {
            return "anonymous".equals(role);
        }

        @Override
        public String toString() {
            return kind + " " + request + " | " + role + "/" + ownership + (anonymous() ? "" : " (" + account + ")")
                    + " -> " + expected;
        }
    }

    private AuthorizationMatrix() {
    }

    /** The rows of the table, checked for well-formedness (a malformed line fails with its number). */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            boolean header = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    header = true; // the column names
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                if (f.length != 8) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": 8 tab-separated columns expected");
                }
                Row r = new Row(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
                check(KINDS.contains(r.kind()), r, "kind");
                check(ROLES.contains(r.role()), r, "role");
                check(OWNERSHIPS.contains(r.ownership()), r, "ownership");
                check(EXPECTED.contains(r.expected()), r, "expected");
                check(r.anonymous() == "-".equals(r.account()), r, "account (\"-\" exactly for anonymous)");
                check(!"HIDDEN".equals(r.expected()) || !"-".equals(r.mark()), r, "mark (HIDDEN needs one)");
                rows.add(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static void check(boolean ok, Row r, String column) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + " line " + r.line() + ": bad " + column + ": " + r);
        }
    }
}
