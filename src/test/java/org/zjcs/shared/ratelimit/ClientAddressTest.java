package org.zjcs.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For counts only when the connection comes from a configured proxy, so clients cannot pick an address. */
class ClientAddressTest {

    private static HttpServletRequest request(String remote, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) a[0]) ? forwarded : null;
                    default -> null;
                });
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.of(request("198.51.100.7", "203.0.113.1"), Set.of()));
    }

    @Test
    void anUntrustedConnectionCannotClaimAnotherAddress() {
        assertEquals("198.51.100.7", ClientAddress.of(request("198.51.100.7", "203.0.113.1"), Set.of("10.0.0.1")));
    }

    @Test
    void behindATrustedProxyTheLastUntrustedHopIsTheClient() {
        Set<String> proxies = ClientAddress.parse("10.0.0.1, 10.0.0.2");
        assertEquals("203.0.113.9",
                ClientAddress.of(request("10.0.0.1", "1.1.1.1, 203.0.113.9, 10.0.0.2"), proxies),
                "a forged first hop is not believed");
        assertEquals("10.0.0.1", ClientAddress.of(request("10.0.0.1", null), proxies));
        assertEquals("10.0.0.1", ClientAddress.of(request("10.0.0.1", "<script>"), proxies), "garbage is not an address");
    }
}
