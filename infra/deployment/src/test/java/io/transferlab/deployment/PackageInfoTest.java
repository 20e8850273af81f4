package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main package of TransferLab says in its package-info.java what lives there, so a stranger can find where a
 * class belongs. The stand-ins in DL4J's and ND4J's own packages (network's org.*) are not TransferLab's packages.
 */
class PackageInfoTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DESCRIBED = Pattern.compile("(?s)^/\\*\\*\\s*\\*\\s*\\S.*\\*/\\s*package ([\\w.]+);");

    @Test
    void everyMainPackageHasAPackageInfoThatDescribesIt() throws IOException {
        List<String> undescribed = new ArrayList<>();
        Matcher modules = MODULE.matcher(Repo.read("pom.xml"));
        while (modules.find()) {
            Path sources = Repo.path(modules.group(1)).resolve("src/main/java");
            Path own = sources.resolve("io/transferlab");
            if (!Files.isDirectory(own)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(own)) {
                for (Path dir : dirs.filter(Files::isDirectory).filter(PackageInfoTest::hasClasses).toList()) {
                    String pkg = sources.relativize(dir).toString().replace('/', '.');
                    Path info = dir.resolve("package-info.java");
                    Matcher described = DESCRIBED.matcher(Files.isRegularFile(info) ? Files.readString(info) : "");
                    if (!described.find() || !described.group(1).equals(pkg)) {
                        undescribed.add(modules.group(1) + ": " + pkg);
                    }
                }
            }
        }
        assertThat(undescribed).as("main packages without a package-info.java that says what they hold").isEmpty();
    }

    private static boolean hasClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
