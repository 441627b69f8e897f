package org.hedgerow.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hedgerow.Installed;
import org.hedgerow.LocalProcess;
import org.hedgerow.LocalRedis;

/**
 * Debian's nginx in front of two app instances, configured by the project's own {@code deploy/nginx/hedgerow.conf}
 * (the file docker-compose's "multi" profile mounts), rendered as the nginx image renders templates. It runs in the
 * foreground on a free loopback port with its pid, logs and temporary files in a directory of its own, so it needs
 * no root and touches nothing of a system nginx (and, run as root, its workers stay root to reach that directory).
 */
final class LocalNginx implements AutoCloseable {

    static final Path TEMPLATE = Path.of("deploy", "nginx", "hedgerow.conf");

    final int port;
    private final LocalProcess process;

    private LocalNginx(int port, LocalProcess process) {
        this.port = port;
        this.process = process;
    }

    /** On {@code port} (a free one the caller chose, so the instances can be told the address they are opened at). */
    static LocalNginx start(int port, int appOne, int appTwo) throws Exception {
        var program = Installed.program("nginx", "nginx");
        var dir = Files.createTempDirectory("hedgerow-nginx");
        Files.writeString(dir.resolve("hedgerow.conf"), render(Files.readString(TEMPLATE), Map.of(
                "HEDGEROW_LISTEN", "127.0.0.1:" + port,
                "HEDGEROW_APP_ONE", "127.0.0.1:" + appOne,
                "HEDGEROW_APP_TWO", "127.0.0.1:" + appTwo)));
        Files.writeString(dir.resolve("nginx.conf"), """
                user %s;
                worker_processes 1;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                events { worker_connections 1024; }
                http {
                    client_body_temp_path %s/client_body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    include %s/hedgerow.conf;
                }
                """.formatted(System.getProperty("user.name"), dir, dir, dir, dir, dir, dir, dir, dir));
        var nginx = new ProcessBuilder(program.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", dir.resolve("nginx.conf").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile());
        return new LocalNginx(port, LocalProcess.start("nginx", nginx, () -> listening(port),
                () -> LocalRedis.read(dir.resolve("nginx.out")) + LocalRedis.read(dir.resolve("error.log"))));
    }

    /** Fills in ${NAME} for the given names only, as envsubst with a list of names does; nginx's $variables stay. */
    static String render(String template, Map<String, String> values) {
        var text = template;
        for (var value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (text.contains("${HEDGEROW_")) {
            throw new IllegalArgumentException("a ${HEDGEROW_…} name in " + TEMPLATE + " was left unfilled");
        }
        return text;
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    double rssMib() {
        return process.rssMib();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
