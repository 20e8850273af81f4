package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test packages mirror main packages, in every module: a reader finds the test of {@code x.y.Foo} as {@code x.y.FooTest},
 * and every other test sits in a package its module's main code has, or in the module's root package (a whole-service
 * test such as TrainerServiceTest).
 */
class TestPackagesTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void everyTestLivesInThePackageOfWhatItTests() throws IOException {
        List<String> misplaced = new ArrayList<>();
        Matcher modules = MODULE.matcher(Repo.read("pom.xml"));
        while (modules.find()) {
            Path module = Repo.path(modules.group(1));
            Map<String, Set<String>> mainPackages = classes(module.resolve("src/main/java"));
            Set<String> packages = new HashSet<>();
            mainPackages.values().forEach(packages::addAll);
            if (packages.isEmpty()) {
                continue; // a tests-only module (infra/deployment)
            }
            classes(module.resolve("src/test/java")).forEach((name, testPackages) -> {
                if (!name.endsWith("Test")) {
                    return;
                }
                Set<String> subject = mainPackages.get(name.substring(0, name.length() - "Test".length()));
                for (String testPackage : testPackages) {
                    boolean placed = subject != null ? subject.contains(testPackage)
                            : packages.stream().anyMatch(p -> p.equals(testPackage) || p.startsWith(testPackage + "."));
                    if (!placed) {
                        misplaced.add(modules.group(1) + ": " + testPackage + "." + name
                                + (subject != null ? " tests " + subject : " (no such main package)"));
                    }
                }
            });
        }
        assertThat(misplaced).as("tests outside the package of what they test").isEmpty();
    }

    /** Simple class name to the packages that hold a class of that name. */
    private static Map<String, Set<String>> classes(Path sources) throws IOException {
        Map<String, Set<String>> classes = new HashMap<>();
        if (!Files.isDirectory(sources)) {
            return classes;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String name = file.getFileName().toString().replace(".java", "");
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
                classes.computeIfAbsent(name, n -> new HashSet<>()).add(pkg);
            });
        }
        return classes;
    }
}
