package org.focalbot.adapters.slack.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One blocking HTTP POST over {@link HttpURLConnection}, whose connections the JDK keeps alive
 * and reuses. Chosen over {@code java.net.http.HttpClient} because the calls here are blocking
 * anyway, and its asynchronous machinery cost several times more CPU per call in the load check.
 */
public final class HttpPost {
    private HttpPost() {
    }

    /** A response: status, headers (names lower-cased) and the body as text. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    /** Posts {@code body} with {@code headers}; a 4xx or 5xx is a response, only I/O failures throw. */
    public static Response send(URI uri, Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        try {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            // No fixed-length streaming: in that mode a 401 comes back without its body.
            headers.forEach(c::setRequestProperty);
            try (OutputStream out = c.getOutputStream()) {
                out.write(body);
            }
            int status = c.getResponseCode();
            Map<String, List<String>> responseHeaders = new TreeMap<>();
            c.getHeaderFields().forEach((name, values) -> {
                if (name != null) {
                    responseHeaders.put(name.toLowerCase(Locale.ROOT), values);
                }
            });
            // Reading the body to the end, error or not, lets the connection be reused.
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String text = "";
            if (in != null) {
                try (in) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Response(status, responseHeaders, text);
        } catch (IOException e) {
            c.disconnect();
            throw e;
        }
    }
}
