package io.opencert.certificate.register;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Whose request it is: the address of the connection's peer, unless that peer is one of the trusted reverse proxies;
 * then the last address in {@code X-Forwarded-For} that is not a trusted proxy, as each proxy appends the address it
 * was called from. A header from anyone else is ignored, so that no caller picks its own key.
 */
public final class ClientAddress {
    private final List<Network> trustedProxies;

    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int bits = prefix;
            for (int i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : 0xff << (8 - bits) & 0xff;
                if ((candidate[i] & mask) != (address[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code trustedProxies}: addresses or CIDR networks, e.g. {@code 10.0.0.0/8} or {@code 192.0.2.7}. */
    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim).filter(entry -> !entry.isEmpty())
                .map(ClientAddress::network).toList();
    }

    /** The client's address; {@code forwardedFor} is the {@code X-Forwarded-For} header, or null. */
    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !trusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trusted(hop)) {
                return parse(hop).map(InetAddress::getHostAddress).orElse(peer);
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        Optional<InetAddress> parsed = parse(address);
        return parsed.isPresent() && trustedProxies.stream().anyMatch(network -> network.contains(parsed.get().getAddress()));
    }

    /** A literal IP address only: a name is never looked up. */
    private static Optional<InetAddress> parse(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        // an IPv4 or IPv6 literal, which InetAddress reads without asking DNS
        if (!literal.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !literal.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Network network(String entry) {
        String[] parts = entry.split("/", 2);
        InetAddress address = parse(parts[0]).orElseThrow(() ->
                new IllegalArgumentException("not an IP address or network: " + entry));
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("not a network: " + entry);
        }
        return new Network(address.getAddress(), prefix);
    }
}
