package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose's s3-init, run here with a stand-in for MinIO's mc that records its calls: it gives the services a
 * user whose policy names the bucket alone, and ends cleanly on an S3 image without mc (s3proxy) or when the services
 * use the root account.
 */
class S3UserTest {

    @Test
    void createsTheBucketAndAUserWhosePolicyNamesOnlyThatBucket() throws IOException {
        Path bin = Files.createTempDirectory("s3-init-bin");
        Path calls = bin.resolve("calls");
        Path policy = bin.resolve("policy.json");
        Path mc = bin.resolve("mc");
        // Records each call; keeps the policy file it is given.
        Files.writeString(mc, "#!/bin/sh\necho \"$*\" >> " + calls + "\n"
                + "if [ \"$2 $3\" = \"policy create\" ]; then cp \"$6\" " + policy + "; fi\n");
        Files.setPosixFilePermissions(mc, PosixFilePermissions.fromString("rwxr-xr-x"));

        Repo.Result result = run(bin + ":/usr/bin:/bin");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<String> made = Files.readAllLines(calls);
        assertThat(made).contains("alias set root http://s3:9000 transferlab-admin test-only-not-a-root-password",
                "mb --ignore-existing root/transferlab",
                "admin user add root transferlab test-only-not-a-secret",
                "admin policy attach root transferlab --user transferlab");
        assertThat(made.indexOf("admin policy attach root transferlab --user transferlab"))
                .as("attached after the user exists").isGreaterThan(made.indexOf(
                        "admin user add root transferlab test-only-not-a-secret"));
        JsonNode statements = new ObjectMapper().readTree(policy.toFile()).path("Statement");
        List<String> resources = new ArrayList<>();
        statements.forEach(s -> {
            assertThat(s.path("Effect").asText()).isEqualTo("Allow");
            s.path("Action").forEach(a -> assertThat(a.asText()).as("no admin or bucket-wide actions").matches(
                    "s3:(GetBucketLocation|ListBucket|ListBucketMultipartUploads|GetObject|PutObject|DeleteObject"
                            + "|AbortMultipartUpload|ListMultipartUploadParts)"));
            s.path("Resource").forEach(r -> resources.add(r.asText()));
        });
        assertThat(resources).containsExactlyInAnyOrder("arn:aws:s3:::transferlab", "arn:aws:s3:::transferlab/*");
    }

    @Test
    void endsCleanlyWithoutMc_asOnS3proxy() throws IOException {
        Path empty = Files.createTempDirectory("s3-init-no-mc");
        Files.createSymbolicLink(empty.resolve("sh"), Path.of("/bin/sh"));
        Repo.Result result = run(empty.toString());
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("no mc");
    }

    /** The s3-init command as docker-compose resolves it, run with its environment and the given PATH. */
    private static Repo.Result run(String path) {
        JsonNode service = ComposeFileTest.services(ComposeFileTest.REQUIRED, "docker-compose.yml").path("s3-init");
        assertThat(service.path("entrypoint").get(0).asText()).isEqualTo("/bin/sh");
        // docker-compose config prints $$ (compose's escape for a literal $) as it is.
        String script = service.path("command").get(0).asText().replace("$$", "$");
        Map<String, String> env = new HashMap<>();
        service.path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("PATH", path);
        List<String> command = List.of("/bin/sh", "-ec", script);
        return Repo.run(command, env);
    }
}
