package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's module table says what each module depends on: the poms must say the same. */
class ModuleTableTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|.*\\| ([^|]*) \\|$");

    @Test
    void theDependsOnColumnListsEachModulesDirectTransferLabDependencies() {
        Map<String, String> nameOfArtifact = new TreeMap<>();
        Map<String, String> poms = new TreeMap<>();
        Matcher modules = MODULE.matcher(Repo.read("pom.xml"));
        while (modules.find()) {
            String module = modules.group(1);
            String pom = Repo.read(module + "/pom.xml");
            poms.put(module, pom);
            nameOfArtifact.put(ownArtifactId(pom), Path.of(module).getFileName().toString());
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher rows = ROW.matcher(Repo.read("README.md"));
        while (rows.find()) {
            Set<String> names = new TreeSet<>();
            for (String token : rows.group(2).replaceAll("\\(.*?\\)", "").split("[,\\s]+")) {
                if (nameOfArtifact.containsValue(token)) {
                    names.add(token);
                }
            }
            documented.put(rows.group(1), names);
        }
        for (Map.Entry<String, String> pom : poms.entrySet()) {
            Set<String> direct = new TreeSet<>();
            Matcher dependencies = DEPENDENCY.matcher(pom.getValue());
            while (dependencies.find()) {
                String dependency = dependencies.group(1);
                String artifact = tag(dependency, "artifactId");
                if (nameOfArtifact.containsKey(artifact) && !"test".equals(tag(dependency, "scope"))) {
                    direct.add(nameOfArtifact.get(artifact));
                }
            }
            assertThat(documented).as("the README's module table has a row for %s", pom.getKey())
                    .containsKey(pom.getKey());
            assertThat(documented.get(pom.getKey())).as("README: what %s depends on", pom.getKey()).isEqualTo(direct);
        }
    }

    private static String ownArtifactId(String pom) {
        String afterParent = pom.substring(pom.indexOf("</parent>"));
        return tag(afterParent, "artifactId");
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).trim() : null;
    }
}
