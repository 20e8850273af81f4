package io.transferlab.trainer.kubernetes;

import io.transferlab.contracts.json.Json;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Map;

/**
 * Sets annotations on one pod through the Kubernetes API, as the pod's service account: a JSON merge patch of the
 * pod's metadata, over HTTPS trusting only the cluster's CA. The token is read for every request, since the kubelet
 * rotates it in place.
 */
final class PodAnnotations {

    static final String TOKEN = "token";
    static final String CA = "ca.crt";
    static final String NAMESPACE = "namespace";

    private final HttpClient client;
    private final URI pod;
    private final Path token;
    private final Duration timeout;

    private PodAnnotations(HttpClient client, URI pod, Path token, Duration timeout) {
        this.client = client;
        this.pod = pod;
        this.token = token;
        this.timeout = timeout;
    }

    /**
     * @param serviceAccount where the token, {@value #CA} and {@value #NAMESPACE} are mounted
     * @param apiHost        the API server's host (an IPv6 address too), port {@code apiPort}
     */
    static PodAnnotations of(Path serviceAccount, String apiHost, int apiPort, String podName, Duration timeout)
            throws IOException, GeneralSecurityException {
        String namespace = Files.readString(serviceAccount.resolve(NAMESPACE), StandardCharsets.UTF_8).trim();
        String host = apiHost.contains(":") ? "[" + apiHost + "]" : apiHost;
        URI pod = URI.create("https://" + host + ":" + apiPort + "/api/v1/namespaces/" + namespace + "/pods/"
                + podName);
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(serviceAccount.resolve(CA)))
                .connectTimeout(timeout).build();
        return new PodAnnotations(client, pod, serviceAccount.resolve(TOKEN), timeout);
    }

    /** Sets the annotation; an answer other than 2xx is an IOException with its status and body. */
    void set(String name, String value) throws IOException, InterruptedException {
        String patch = Json.write(Map.of("metadata", Map.of("annotations", Map.of(name, value))));
        HttpRequest request = HttpRequest.newBuilder(pod).timeout(timeout)
                .header("Authorization", "Bearer " + Files.readString(token, StandardCharsets.UTF_8).trim())
                .header("Content-Type", "application/merge-patch+json")
                .header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("PATCH " + pod.getPath() + ": HTTP " + response.statusCode() + " "
                    + response.body().strip());
        }
    }

    URI pod() {
        return pod;
    }

    private static SSLContext trusting(Path caFile) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + i++, certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
