package org.focalbot.adapters.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Says whether a URL's host is this machine, without DNS: only "localhost" and literal loopback addresses count. */
final class Loopback {
    private Loopback() {
    }

    static boolean isLoopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        // Only IP literals: resolving a name here could answer differently at connect time.
        if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean isLoopbackUrl(String url) {
        try {
            return isLoopbackHost(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
