package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DL4J images unpack ND4J's natives at build into the cache their JVM is told to use, each image the builds it
 * can load; the CUDA build leaves the CPU natives out.
 */
class NativeImagesTest {

    private static final Pattern UNPACK = Pattern.compile(
            "RUN java -Dorg\\.bytedeco\\.javacpp\\.cachedir=(\\S+) -cp '/deployments/lib/main/\\*' \\\\\\s+"
                    + "io\\.transferlab\\.network\\.backend\\.NativeCache ([a-z0-9_ -]+)\\n");
    private static final Pattern ENTRY_CACHE = Pattern.compile(
            "ENTRYPOINT \\[\"java\",[^\\n]*\"-Dorg\\.bytedeco\\.javacpp\\.cachedir=([^\"]+)\"");

    @Test
    void eachDl4jImageUnpacksTheBuildsItCanLoadIntoTheCacheItsJvmUses() {
        Set<String> cpu = new TreeSet<>(List.of("linux-x86_64"));
        classifiers("shared-model/network/pom.xml", "nd4j-native").forEach(cpu::add);
        assertThat(cpu).as("the CPU builds the network module ships").contains("linux-x86_64-onednn",
                "linux-x86_64-onednn-avx512");
        check("services/trainer/src/main/docker/Dockerfile.jvm", cpu);
        check("services/evaluator/src/main/docker/Dockerfile.jvm", cpu);
        Set<String> cuda = new TreeSet<>(List.of("linux-x86_64"));
        cuda.add(Repo.read("pom.xml").replaceAll("(?s).*<nd4j\\.cuda\\.classifier>([^<]+)<.*", "$1"));
        check("services/trainer/src/main/docker/Dockerfile.cuda", cuda);
    }

    @Test
    void theCudaBuildRemovesEveryCpuNativeJar() {
        String pom = Repo.read("services/trainer/pom.xml");
        Matcher removed = Pattern.compile("<quarkus\\.class-loading\\.removed-artifacts>([^<]+)<").matcher(pom);
        assertThat(removed.find()).as("the cuda profile's quarkus.class-loading.removed-artifacts").isTrue();
        assertThat(pom.indexOf("<id>cuda</id>")).as("set in the cuda profile only").isBetween(0, removed.start());
        Set<String> expected = new TreeSet<>(List.of("org.nd4j:nd4j-native:linux-x86_64:jar"));
        classifiers("shared-model/network/pom.xml", "nd4j-native")
                .forEach(c -> expected.add("org.nd4j:nd4j-native:" + c + ":jar"));
        assertThat(new TreeSet<>(List.of(removed.group(1).split(",")))).isEqualTo(expected);
    }

    private static void check(String dockerfile, Set<String> folders) {
        String text = Repo.read(dockerfile);
        Matcher unpack = UNPACK.matcher(text);
        assertThat(unpack.find()).as("%s runs NativeCache", dockerfile).isTrue();
        Matcher entry = ENTRY_CACHE.matcher(text);
        assertThat(entry.find()).as("%s tells its JVM the cache", dockerfile).isTrue();
        assertThat(entry.group(1)).as("%s: the cache unpacked into is the one the JVM uses", dockerfile)
                .isEqualTo(unpack.group(1));
        assertThat(new TreeSet<>(List.of(unpack.group(2).strip().split(" +")))).as("%s: the folders", dockerfile)
                .isEqualTo(folders);
        assertThat(text.indexOf("USER 10001")).as("%s: unpacked as the user that runs it (the lock, the links)",
                dockerfile).isBetween(0, unpack.start());
        assertThat(text).as("%s: the cache belongs to that user", dockerfile)
                .contains("install -d -o 10001 " + unpack.group(1));
    }

    /** The classifiers of an artifact's dependencies in a pom, property references resolved from the parent. */
    private static List<String> classifiers(String pom, String artifact) {
        String parent = Repo.read("pom.xml");
        Matcher m = Pattern.compile("<artifactId>" + artifact + "</artifactId>\\s*<classifier>\\$\\{([^}]+)}"
                + "</classifier>").matcher(Repo.read(pom));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            Matcher value = Pattern.compile("<" + Pattern.quote(m.group(1)) + ">([^<]+)<").matcher(parent);
            assertThat(value.find()).as("property %s in pom.xml", m.group(1)).isTrue();
            found.add(value.group(1));
        }
        return found;
    }
}
