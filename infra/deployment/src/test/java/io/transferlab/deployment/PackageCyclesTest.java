package io.transferlab.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two main packages depend on each other, directly or around a loop: each package can be read, tested and moved
 * with only the packages below it. A dependency is an {@code import io.transferlab...} line in src/main.
 */
class PackageCyclesTest {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** The imported package: the segments before the first capitalised one (a class) or before {@code *}. */
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^import (?:static )?(io\\.transferlab(?:\\.[a-z]\\w*)*)\\.");

    @Test
    void noMainPackageIsPartOfACycle() throws IOException {
        Map<String, Set<String>> imports = mainPackageImports();
        List<String> loops = cycles(imports).stream()
                .map(cycle -> cycle.stream()
                        .flatMap(from -> imports.get(from).stream().filter(cycle::contains)
                                .map(to -> from + " -> " + to))
                        .toList().toString())
                .toList();
        assertThat(loops).as("package cycles, each with the imports that close it").isEmpty();
    }

    @Test
    void aLoopThroughAThirdPackageIsACycleAndAChainIsNot() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of("e"));

        assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    }

    /** Package to the other packages it imports, over every module's src/main. */
    private static Map<String, Set<String>> mainPackageImports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        Matcher modules = MODULE.matcher(Repo.read("pom.xml"));
        while (modules.find()) {
            Path sources = Repo.path(modules.group(1)).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher pkg = PACKAGE.matcher(source);
                    if (!pkg.find()) {
                        continue;
                    }
                    Set<String> used = imports.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
                    Matcher imported = IMPORT.matcher(source);
                    while (imported.find()) {
                        if (!imported.group(1).equals(pkg.group(1))) {
                            used.add(imported.group(1));
                        }
                    }
                }
            }
        }
        return imports;
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                visit(start, graph, index, low, stack, cycles);
            }
        }
        return cycles;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, List<Set<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
