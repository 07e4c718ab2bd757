package io.opencert.certificate.register;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressTest {
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

    @Test
    void aCallerThatIsNoTrustedProxyCannotChooseItsAddress() {
        assertThat(behindProxies.of("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
        assertThat(new ClientAddress(List.of()).of("10.1.2.3", "198.51.100.1")).isEqualTo("10.1.2.3");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheLastAddressNoProxyAdded() {
        assertThat(behindProxies.of("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        // the client wrote a false first entry itself; the proxies appended the real one and their own
        assertThat(behindProxies.of("192.0.2.7", "1.2.3.4, 198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
        assertThat(behindProxies.of("2001:db8::1", "2001:db8::2, [2001:db9::5]")).isEqualTo("2001:db9:0:0:0:0:0:5");
    }

    @Test
    void aHeaderThatNamesNoAddressLeavesThePeer() {
        assertThat(behindProxies.of("10.1.2.3", "unknown")).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", "10.4.4.4")).isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void aTrustedProxyIsAnAddressOrANetwork() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
