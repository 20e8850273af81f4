package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** k8s/set-image-tag, run on a copy of the kustomizations: each image its own build, never a moving tag. */
class ImageTagTest {

    private static final String BASE = "k8s/base/kustomization.yaml";
    private static final String GPU = "k8s/overlays/gpu/kustomization.yaml";

    @Test
    void oneTagForAllFiveImages_orEachImageItsOwnTagOrDigest() throws IOException {
        Path copy = copy();
        assertThat(run(copy, "0.2.0").exitCode()).isZero();
        assertThat(references(copy)).containsOnlyKeys("data-prep", "trainer", "evaluator", "aggregator",
                "trainer-cuda").allSatisfy((image, ref) -> assertThat(ref).isEqualTo("newTag: 0.2.0"));

        String cpuDigest = "sha256:" + "0123456789abcdef".repeat(4);
        String cudaDigest = "sha256:" + "fedcba9876543210".repeat(4);
        Repo.Result result = run(copy, "trainer=" + cpuDigest, "trainer-cuda=" + cudaDigest, "evaluator=0.2.1");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(references(copy)).containsEntry("trainer", "digest: " + cpuDigest)
                .containsEntry("trainer-cuda", "digest: " + cudaDigest).containsEntry("evaluator", "newTag: 0.2.1")
                .containsEntry("data-prep", "newTag: 0.2.0").containsEntry("aggregator", "newTag: 0.2.0");
    }

    @Test
    void withoutArgumentsTheBuildsTag() throws IOException {
        Path copy = copy();
        assertThat(Repo.run(List.of("git", "init", "-q", copy.toString()), Map.of()).exitCode()).isZero();
        Repo.run(List.of("git", "-C", copy.toString(), "add", "-A"), Map.of());
        Repo.run(List.of("git", "-C", copy.toString(), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm",
                "t"), Map.of());
        String commit = Repo.run(List.of("git", "-C", copy.toString(), "rev-parse", "--short=7", "HEAD"), Map.of())
                .stdout().strip();
        assertThat(run(copy).exitCode()).isZero();
        assertThat(references(copy).values()).hasSize(5).containsOnly("newTag: 0.1.0-g" + commit);
    }

    @Test
    void refusesMovingTags_aDigestForAllImages_andUnknownImages() throws IOException {
        Path copy = copy();
        Map<String, String> before = references(copy);
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        for (List<String> args : List.of(List.of("latest"), List.of("0.1.0-SNAPSHOT"), List.of(digest),
                List.of("trainer=sha256:abc"), List.of("no/slash"), List.of("frontend=0.2.0"),
                List.of("trainer=0.2.0", "evaluator=latest"))) {
            assertThat(run(copy, args.toArray(String[]::new)).exitCode()).as("%s", args).isEqualTo(2);
            assertThat(references(copy)).as("%s changes nothing", args).isEqualTo(before);
        }
    }

    /** Image -> its "newTag: ..." or "digest: ..." line, from both kustomizations of a copy. */
    private static Map<String, String> references(Path copy) throws IOException {
        Map<String, String> refs = new LinkedHashMap<>();
        for (String file : List.of(BASE, GPU)) {
            List<String> lines = Files.readAllLines(copy.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("  - name: transferlab/")) {
                    String image = lines.get(i).substring("  - name: transferlab/".length());
                    int j = i + 1;
                    if (lines.get(j).contains("newName: transferlab/trainer-cuda")) {
                        image = "trainer-cuda";
                        j++;
                    }
                    if (lines.get(j).matches("    (newTag|digest): .*")) {
                        refs.put(image, lines.get(j).strip());
                    }
                }
            }
        }
        return refs;
    }

    private static Path copy() throws IOException {
        Path copy = Files.createTempDirectory("transferlab-k8s-");
        for (String file : List.of("pom.xml", BASE, GPU, "k8s/set-image-tag")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(Repo.path(file), copy.resolve(file));
        }
        return copy;
    }

    private static Repo.Result run(Path copy, String... args) {
        List<String> command = new ArrayList<>(List.of(copy.resolve("k8s/set-image-tag").toString()));
        command.addAll(List.of(args));
        return Repo.run(command, Map.of());
    }
}
