package org.focalbot.adapters.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.focalbot.adapters.host.ConfigException;
import org.focalbot.adapters.host.Env;

/**
 * The Slack adapter's settings from the environment: enabled when both {@code SLACK_BOT_TOKEN}
 * and {@code SLACK_SIGNING_SECRET} are set.
 *
 * @param botToken      SLACK_BOT_TOKEN (xoxb-…), the single workspace's bot token
 * @param signingSecret SLACK_SIGNING_SECRET, used to verify every request from Slack
 * @param apiUrl        SLACK_API_URL, the Web API base ending in "/", default https://slack.com/api/
 * @param workerThreads SLACK_WORKER_THREADS, threads that answer after the acknowledgement (default 8)
 */
public record SlackSettings(String botToken, String signingSecret, String apiUrl, int workerThreads) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final int DEFAULT_WORKER_THREADS = 8;

    /** The settings, or empty when Slack is not configured; one of the pair without the other fails. */
    public static Optional<SlackSettings> from(Env env) {
        if (!env.pair("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")) {
            return Optional.empty();
        }
        String apiUrl = apiUrl(env.get("SLACK_API_URL", DEFAULT_API_URL));
        int workers = env.integer("SLACK_WORKER_THREADS", DEFAULT_WORKER_THREADS, 1, 64);
        return Optional.of(new SlackSettings(env.get("SLACK_BOT_TOKEN").orElseThrow(),
                env.get("SLACK_SIGNING_SECRET").orElseThrow(), apiUrl, workers));
    }

    static String apiUrl(String raw) {
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL
                        + ", got \"" + raw + "\"");
            }
            return raw.endsWith("/") ? raw : raw + "/";
        } catch (URISyntaxException e) {
            throw new ConfigException("SLACK_API_URL is not a valid URL: \"" + raw + "\"");
        }
    }

    /** Never prints the token or the secret, so settings can be logged safely. */
    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", workerThreads=" + workerThreads + ", botToken=***, signingSecret=***]";
    }
}
