package org.citizendialogue.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.citizendialogue.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Portal nodes for the cross-node tests: whole applications, each with its own HTTP port, in this
 * test JVM, sharing the embedded MariaDB (one per JVM) and a Redis server, under a key and channel
 * prefix of their own that is deleted at the end.
 */
public final class TestNodes implements AutoCloseable {

    /** The build machines' Redis server (.ci/run makes sure it runs). */
    public static final String MACHINE_REDIS = "redis://127.0.0.1:6379";

    final String prefix = "citizen-dialogue-test-" + UUID.randomUUID();
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final SecurityContextHolderStrategy global = SecurityContextHolder.getContextHolderStrategy();

    /** Starts a node on this Redis (given as DIALOGUE_REDIS_URL would give it), with extra properties ("key=value"). */
    public ConfigurableApplicationContext start(String name, String redisUrl, String... properties) {
        // as command-line arguments: they win over application.properties (builder properties do not)
        var all = Stream.concat(
                        Stream.of(
                                "server.port=0",
                                "dialogue.redis.url=" + redisUrl,
                                "dialogue.cluster.prefix=" + prefix,
                                "dialogue.cluster.node-id=" + name,
                                "dialogue.cluster.check-interval=200ms",
                                "spring.application.name=node-" + name),
                        Stream.of(properties))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        var node = new SpringApplicationBuilder(Application.class).run(all);
        started.add(node);
        return node;
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** The node's readiness: HTTP status and body. */
    static String readiness(ConfigurableApplicationContext node) {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "unreachable " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (var node : started) {
            try {
                var redis = new StringRedisTemplate(node.getBean(RedisConnectionFactory.class));
                var keys = redis.keys(prefix + ":*");
                if (keys != null && !keys.isEmpty()) {
                    redis.delete(keys);
                }
            } catch (RuntimeException e) {
                // this node's Redis is gone (the outage test's own server): nothing is left there
            }
        }
        started.forEach(ConfigurableApplicationContext::close);
        SecurityContextHolder.setContextHolderStrategy(global);
    }

    /** A free TCP port on the loopback interface. */
    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The redis-server binary, if this machine has one. */
    static Optional<Path> redisServerBinary() {
        for (var dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            var candidate = Path.of(dir, "redis-server");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
