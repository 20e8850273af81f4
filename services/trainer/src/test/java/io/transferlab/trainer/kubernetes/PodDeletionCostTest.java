package io.transferlab.trainer.kubernetes;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.transferlab.trainer.TrainerConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotation on the trainer's pod, against a small HTTPS server standing in for the Kubernetes API server (its
 * certificate, for 127.0.0.1, is the service account's CA here), with a service-account directory as a pod has it.
 */
class PodDeletionCostTest {

    private static final String POD = "transferlab-trainer-7d9f5-x2k4q";

    /** What the stand-in API server received: method, path, the two headers that matter, body. */
    record Call(String method, String path, String authorization, String contentType, String body) {
    }

    @TempDir
    Path serviceAccount;
    private HttpsServer apiServer;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    @BeforeEach
    void mountTheServiceAccountAndStartTheApiServer() throws Exception {
        Files.writeString(serviceAccount.resolve("token"), "token-1\n");
        Files.writeString(serviceAccount.resolve("namespace"), "lab");
        try (InputStream ca = getClass().getResourceAsStream("/kubernetes/ca.crt")) {
            Files.copy(ca, serviceAccount.resolve("ca.crt"));
        }
        apiServer = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        apiServer.setHttpsConfigurator(new HttpsConfigurator(serverTls()));
        apiServer.createContext("/", exchange -> {
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = (status == 200 ? "{\"kind\":\"Pod\"}"
                    : "{\"kind\":\"Status\",\"reason\":\"Forbidden\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        apiServer.start();
    }

    @AfterEach
    void stop() {
        apiServer.stop(0);
    }

    @Test
    void aJobMarksThePodCostlyToDeleteAndItsEndMarksItIdleAgain() throws Exception {
        PodDeletionCost cost = new PodDeletionCost(TrainerConfigs.of(inCluster()));

        try (PodDeletionCost.Busy busy = cost.busy()) {
            assertThat(calls).hasSize(1);
            Files.writeString(serviceAccount.resolve("token"), "token-2\n"); // the kubelet rotated it
        }
        String path = "/api/v1/namespaces/lab/pods/" + POD;
        assertThat(calls).containsExactly(
                new Call("PATCH", path, "Bearer token-1", "application/merge-patch+json",
                        "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"1000\"}}}"),
                new Call("PATCH", path, "Bearer token-2", "application/merge-patch+json",
                        "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"0\"}}}"));
    }

    @Test
    void aTrainerStartingMarksItsPodIdleInCaseItsContainerRestartedInMidJob() {
        new PodDeletionCost(TrainerConfigs.of(inCluster())).onStart(null);

        assertThat(calls).extracting(Call::body).containsExactly(
                "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"0\"}}}");
    }

    @Test
    void theValuesAreConfiguredAndAValueAlreadySetIsNotSentAgain() {
        Map<String, String> values = inCluster();
        values.put("transferlab.trainer.pod-deletion-cost.busy", "500");
        values.put("transferlab.trainer.pod-deletion-cost.idle", "-100");
        PodDeletionCost cost = new PodDeletionCost(TrainerConfigs.of(values));

        cost.onStart(null);
        cost.onStart(null);
        cost.busy().close();

        assertThat(calls).extracting(Call::body).containsExactly(
                "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"-100\"}}}",
                "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"500\"}}}",
                "{\"metadata\":{\"annotations\":{\"controller.kubernetes.io/pod-deletion-cost\":\"-100\"}}}");
    }

    @Test
    void anApiServerThatRefusesOrHangsOrIsGoneBreaksNothing() {
        status = 403;
        PodDeletionCost refused = new PodDeletionCost(TrainerConfigs.of(inCluster()));
        refused.busy().close();
        assertThat(calls).hasSize(2);

        status = 200;
        delayMillis = 3_000;
        Map<String, String> values = inCluster();
        values.put("transferlab.trainer.pod-deletion-cost.timeout", "PT0.3S");
        long began = System.nanoTime();
        new PodDeletionCost(TrainerConfigs.of(values)).busy().close();
        assertThat((System.nanoTime() - began) / 1e9).as("two updates given up after their timeout").isLessThan(2.5);

        apiServer.stop(0);
        new PodDeletionCost(TrainerConfigs.of(inCluster())).busy().close();
    }

    @Test
    void outsideAClusterOrTurnedOffNothingIsSent() throws Exception {
        Map<String, String> off = inCluster();
        off.put("transferlab.trainer.pod-deletion-cost.enabled", "false");
        new PodDeletionCost(TrainerConfigs.of(off)).busy().close();

        Files.delete(serviceAccount.resolve("token"));
        new PodDeletionCost(TrainerConfigs.of(inCluster())).busy().close();

        assertThat(calls).isEmpty();
    }

    /** What a trainer's pod has: the variables Kubernetes and the downward API set, the mounted service account. */
    private Map<String, String> inCluster() {
        Map<String, String> values = new HashMap<>();
        values.put("KUBERNETES_SERVICE_HOST", "127.0.0.1");
        values.put("KUBERNETES_SERVICE_PORT", Integer.toString(apiServer.getAddress().getPort()));
        values.put("POD_NAME", POD);
        values.put("transferlab.trainer.pod-deletion-cost.service-account", serviceAccount.toString());
        return values;
    }

    /** The stand-in's key and certificate (src/test/resources/kubernetes, made with keytool, SAN IP 127.0.0.1). */
    private static SSLContext serverTls() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = PodDeletionCostTest.class.getResourceAsStream("/kubernetes/apiserver.p12")) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        return tls;
    }
}
