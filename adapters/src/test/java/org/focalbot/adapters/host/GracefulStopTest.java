package org.focalbot.adapters.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.focalbot.bot.store.Json;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request that is already running finish with its answer. */
class GracefulStopTest {

    @Test
    void anInFlightRequestCompletesDuringShutdown() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Routes slow = routes -> routes.get("/slow", ctx -> {
            entered.countDown();
            Thread.sleep(800);
            ctx.result("finished");
        });
        HttpServer server = new HttpServer(new ServerConfig(0, "127.0.0.1", Path.of("unused"), Optional.empty()),
                Json.newMapper(), new HttpMetrics(), List.of(slow), Set.of()).start();
        TestHttp http = new TestHttp(server.port());
        CompletableFuture<HttpResponse<String>> pending = CompletableFuture.supplyAsync(() -> http.get("/slow"));
        assertTrue(entered.await(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        server.stop();
        HttpResponse<String> r = pending.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("finished", r.body());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(HttpServer.STOP_TIMEOUT_MS / 1000),
                "stop waited for the request, not for the whole timeout");
    }

    @Test
    void healthReportsDownOnceShutdownBegins() {
        HttpMetrics metrics = new HttpMetrics();
        boolean[] up = {true};
        HttpServer server = new HttpServer(new ServerConfig(0, "127.0.0.1", Path.of("unused"), Optional.empty()),
                Json.newMapper(), metrics, List.of(new HealthRoutes(() -> up[0], metrics)), Set.of()).start();
        TestHttp http = new TestHttp(server.port());
        up[0] = false;
        HttpResponse<String> r = http.get("/health");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().contains("DOWN"));
        server.stop();
    }
}
