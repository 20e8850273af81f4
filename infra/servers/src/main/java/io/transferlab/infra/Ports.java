package io.transferlab.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback ports: picking free ones and checking whether something listens. */
final class Ports {

    static final String HOST = "127.0.0.1";

    /*
     * Below Linux's ephemeral range (32768-60999): a port the kernel hands out for bind(0) is also handed out as the
     * source port of outgoing connections, and on a busy machine one of those took a broker's port between the pick
     * and the bind, or while it restarted.
     */
    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_767;
    private static final int ATTEMPTS = 200;
    /** No preference: any free port. */
    static final int ANY = 0;

    private Ports() {
    }

    /** Distinct free ports: all are held open together so the same one cannot be picked twice. */
    static int[] free(int count) {
        return pick(new int[count]);
    }

    /**
     * Distinct free ports, one per entry of {@code preferred}: the preferred port where it is free, a random one
     * where it is taken or the entry is {@link #ANY}.
     */
    static int[] pick(int... preferred) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int port : preferred) {
                if (port == ANY || !tryBind(port, held)) {
                    held.add(randomFree(held));
                }
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            held.forEach(Ports::closeQuietly);
        }
    }

    private static ServerSocket randomFree(List<ServerSocket> held) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (tryBind(ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1), held)) {
                return held.remove(held.size() - 1);
            }
        }
        throw new IllegalStateException("no free port on " + HOST + " in " + LOWEST + "-" + HIGHEST);
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean tryBind(int port, List<ServerSocket> held) {
        try {
            held.add(new ServerSocket(port, 1, InetAddress.getByName(HOST)));
            return true;
        } catch (IOException e) {
            // Taken (or already held by this call): the caller tries another.
            return false;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Only probing for a number; a failed close leaves nothing to undo.
        }
    }
}
