package org.newsclaims.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names a request may call this server by in its {@code Host} (and {@code Origin}) header, with
 * the server's port: {@code localhost}, a loopback address, or the address it is bound to (bound to
 * all, any of this machine's). Any other name is refused: a page on another site could otherwise
 * point its own name at this machine (DNS rebinding) and read the store. Only address literals are
 * parsed, so checking a header never looks a name up.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final int port;
    private final Set<InetAddress> addresses;

    private AllowedHosts(int port, Set<InetAddress> addresses) {
        this.port = port;
        this.addresses = addresses;
    }

    static AllowedHosts of(InetSocketAddress bound) throws SocketException {
        InetAddress address = bound.getAddress();
        Set<InetAddress> addresses = address.isAnyLocalAddress()
                ? NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).collect(Collectors.toSet())
                : Set.of(address);
        return new AllowedHosts(bound.getPort(), addresses);
    }

    /** {@code host}: a Host header, {@code name[:port]}; null (no header) is refused. */
    boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = h;
        String portText = "80";
        if (colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            portText = h.substring(colon + 1);
        }
        if (!portText.equals(String.valueOf(port))) {
            return false;
        }
        if (name.equals("localhost")) {
            return true;
        }
        if (!(name.startsWith("[") && name.endsWith("]")) && !IPV4.matcher(name).matches()) {
            return false;
        }
        try {
            InetAddress a = InetAddress.getByName(name);
            return a.isLoopbackAddress() || addresses.contains(a);
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }

    /** {@code origin}: an Origin header; only this server's own pages, {@code http://host[:port]}. */
    boolean allowsOrigin(String origin) {
        String scheme = "http://";
        return origin.regionMatches(true, 0, scheme, 0, scheme.length())
                && origin.indexOf('/', scheme.length()) < 0 && allowsHost(origin.substring(scheme.length()));
    }
}
