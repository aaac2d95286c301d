package org.zjcs.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zjcs.support.It;
import org.zjcs.support.WebClient;

/**
 * The login does not tell who exists (issue 14): an unknown user name, a wrong password and a disabled account get the
 * same answer at about the same cost; that an account is disabled is said only once its password was right.
 * ({@code owner03} is the demo's deactivated member.)
 */
class LoginEnumerationIT {

    private static final String BAD = "登录名或密码错误";
    private static final Pattern SUMMARY = Pattern.compile("class=\"ui-messages-\\w+-summary\">([^<]*)<");

    @BeforeAll
    static void createAccount() throws Exception {
        LockoutIT.account(9903, "enum.it");
    }

    @Test
    void unknownWrongAndDisabledLookTheSame() {
        String unknown = message(new WebClient("203.0.113.31").login("nobody-" + UUID.randomUUID(), "Zjcs@2026"));
        String wrong = message(new WebClient("203.0.113.32").login("enum.it", "not-the-password"));
        String disabled = message(new WebClient("203.0.113.33").login("owner03", "not-the-password"));
        assertTrue(unknown.contains(BAD), unknown);
        assertEquals(unknown, wrong, "an existing name with a wrong password answers as an unknown name");
        assertEquals(unknown, disabled, "a disabled account with a wrong password answers as an unknown name");

        HttpResponse<String> right = new WebClient("203.0.113.34").login("owner03", It.DEMO_PASSWORD);
        assertEquals(200, right.statusCode(), "a disabled account does not log in");
        assertTrue(message(right).contains("该账户已停用"), "its state is told once the password was right");
    }

    @Test
    void anUnknownNameCostsAboutAsMuchAsAWrongPassword() {
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // 4 wrong passwords: below the 5 free failures of a name
            unknown.add(timed(new WebClient("203.0.113." + (40 + i)), "nobody-" + UUID.randomUUID()));
            wrong.add(timed(new WebClient("203.0.113." + (50 + i)), "enum.it"));
        }
        long u = median(unknown);
        long w = median(wrong);
        assertTrue(u * 2 >= w, "an unknown name is not answered much faster (it is checked against a dummy hash): "
                + "unknown " + unknown + " ms, wrong password " + wrong + " ms");
    }

    private static long timed(WebClient client, String username) {
        String viewState = client.viewStateOf("/login.xhtml");
        long start = System.nanoTime();
        HttpResponse<String> r = client.postForm("/login.xhtml", "loginForm", viewState,
                java.util.Map.of("username", username, "password", "Wrong-2026!", "submit", "登录"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(r.body().contains(BAD), r.body());
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String message(HttpResponse<String> r) {
        Matcher m = SUMMARY.matcher(r.body());
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            all.append(m.group(1).trim()).append('\n');
        }
        assertFalse(all.isEmpty(), "a message: " + r.body());
        return all.toString();
    }
}
