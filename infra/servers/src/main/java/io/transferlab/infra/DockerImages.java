package io.transferlab.infra;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether the local Docker engine has an image, asked over its socket (GET /images/NAME/json) and not through
 * Testcontainers, whose client pulls helper images on first use: on a machine without a registry that alone would
 * wait minutes and fail.
 */
final class DockerImages {

    /** Where a Docker engine listens when DOCKER_HOST does not say. */
    static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");

    private DockerImages() {
    }

    /** True if the engine at DOCKER_HOST (a unix socket; the default one otherwise) answers 200 for the image. */
    static boolean has(Map<String, String> env, String image) {
        String host = env.getOrDefault("DOCKER_HOST", "unix://" + DEFAULT_SOCKET);
        if (!host.startsWith("unix://")) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(host.substring(7))))) {
            String request = "GET /images/" + URLEncoder.encode(image, StandardCharsets.UTF_8)
                    + "/json HTTP/1.0\r\nHost: docker\r\n\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            while (answer.hasRemaining() && channel.read(answer) > 0) {
                // the status line is all that is read
            }
            String status = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.0 200") || status.startsWith("HTTP/1.1 200");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
