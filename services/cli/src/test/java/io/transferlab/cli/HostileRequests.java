package io.transferlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.transferlab.contracts.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Bad experiment requests, generated family by family from one valid request: wrong types, missing fields, huge
 * numbers, depths out of range, bad class lists, unknown names, hostile data locations, oversized, not JSON, not UTF-8.
 * Each knows the start of the reason its rejection must give, so a vague or misplaced reason fails the test.
 */
final class HostileRequests {

    /** One bad request: its record key (unique), its bytes, its family, and how one of its reasons must begin. */
    record Bad(String key, byte[] value, String family, String what, String reasonStart) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] INJECTIONS = {"'; DROP TABLE experiments; --", "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/x}", "%s%s%n%n", "../../../../etc/passwd", "x".repeat(5_000), "\u202eevil",
        "Ünïcödé", " ", "", "null", "CON", "a\nb", "\\u0000", "🙂"};

    private final String prefix;
    private final String location;
    private final List<Bad> requests = new ArrayList<>();
    private final Random random = new Random(20141208L);

    private HostileRequests(String prefix, String location) {
        this.prefix = prefix;
        this.location = location;
    }

    /**
     * @param prefix   starts every record key (and the id of every request whose id is not what is wrong)
     * @param location a data directory a valid request may read (so that only the mutation is wrong)
     */
    static List<Bad> generate(String prefix, String location) {
        HostileRequests generator = new HostileRequests(prefix, location);
        generator.wrongTypes();
        generator.missingFields();
        generator.hugeNumbers();
        generator.depthsOutOfRange();
        generator.badClassLists();
        generator.unknownNames();
        generator.hostileLocations();
        generator.oversized();
        generator.notJson();
        generator.wrongEncodings();
        return List.copyOf(generator.requests);
    }

    /** The valid request every bad one is made from. */
    private ObjectNode valid(String id) {
        return (ObjectNode) tree("""
                {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                 "split": {"classesA": [0, 1], "classesB": [2, 3], "validationFraction": 0.25},
                 "architecture": "compact8", "depths": [1, 2], "variants": ["baseA", "baseB", "AnB", "BnB"],
                 "seeds": [1], "profile": "quick",
                 "budget": {"iterations": 6, "batchSize": 16, "learningRate": 0.01, "momentum": 0.9,
                            "checkpointEvery": 3},
                 "evaluation": {"validateEvery": 3, "bestK": 2, "validationImages": 20, "testImages": 40}}
                """.formatted(id, location));
    }

    private void wrongTypes() {
        List<JsonNode> notInteger = List.of(NODES.booleanNode(true), NODES.textNode("7"), NODES.numberNode(1.5),
                NODES.objectNode(), NODES.arrayNode());
        List<JsonNode> notNumber = List.of(NODES.booleanNode(false), NODES.textNode("0.1"), NODES.objectNode(),
                NODES.arrayNode());
        List<JsonNode> notText = List.of(NODES.booleanNode(true), NODES.numberNode(5), NODES.objectNode(),
                NODES.arrayNode());
        List<JsonNode> notObject = List.of(NODES.booleanNode(true), NODES.numberNode(5), NODES.textNode("x"),
                NODES.arrayNode());
        List<JsonNode> notArray = List.of(NODES.booleanNode(true), NODES.numberNode(5), NODES.textNode("x"),
                NODES.objectNode());
        for (String path : List.of("budget.iterations", "budget.batchSize", "budget.checkpointEvery",
                "evaluation.validateEvery", "evaluation.bestK", "evaluation.validationImages", "evaluation.testImages",
                "depths[0]", "split.classesA[0]", "split.classesB[1]", "seeds[0]")) {
            notInteger.forEach(value -> set("wrong type", path, value, path));
        }
        for (String path : List.of("budget.learningRate", "budget.momentum", "split.validationFraction")) {
            notNumber.forEach(value -> set("wrong type", path, value, path));
        }
        for (String path : List.of("experimentId", "dataset.name", "dataset.location", "architecture", "profile",
                "variants[0]")) {
            notText.forEach(value -> set("wrong type", path, value, path));
        }
        for (String path : List.of("dataset", "split", "budget", "evaluation")) {
            notObject.forEach(value -> set("wrong type", path, value, path));
        }
        for (String path : List.of("depths", "variants", "seeds", "split.classesA")) {
            notArray.forEach(value -> set("wrong type", path, value, path));
        }
    }

    private void missingFields() {
        remove("experimentId", "experimentId");
        remove("dataset", "dataset.name");
        remove("dataset.name", "dataset.name");
        remove("split.classesA", "split.classesA");
        remove("split.classesB", "split.classesB");
        set("missing", "dataset.name", NODES.textNode("image-folder"), "dataset");
        mutate("missing", "dataset.location", "dataset.location", request -> {
            ((ObjectNode) request.get("dataset")).put("name", "image-folder").remove("location");
        });
        set("missing", "experimentId", NODES.nullNode(), "experimentId");
    }

    private void hugeNumbers() {
        List<JsonNode> huge = List.of(NODES.numberNode(2_147_483_648L), NODES.numberNode(-2_147_483_649L),
                NODES.numberNode(new BigInteger("99999999999999999999999")), NODES.numberNode(1e30));
        for (String path : List.of("budget.iterations", "budget.batchSize", "budget.checkpointEvery",
                "budget.trainImagesPerHalf", "evaluation.bestK", "depths[1]", "split.classesB[0]")) {
            huge.forEach(value -> set("huge number", path, value, path));
        }
        // Within int, beyond the configured bounds (checkpointEvery has none: any interval is allowed).
        for (String path : List.of("budget.iterations", "budget.batchSize", "budget.trainImagesPerHalf",
                "evaluation.bestK", "depths[1]", "split.classesB[0]")) {
            set("huge number", path, NODES.numberNode(1_000_000_000), path);
        }
        for (String path : List.of("seeds[0]", "split.randomSeed")) {
            set("huge number", path, NODES.numberNode(new BigInteger("9223372036854775808")), path);
            set("huge number", path, NODES.numberNode(1e300), path);
        }
        for (double value : new double[]{1e308, -1e308, 10, 0, -0.5, -1e-320}) {
            set("huge number", "budget.learningRate", NODES.numberNode(value), "budget.learningRate");
        }
        for (double value : new double[]{1, 1.5, -1e300, 1e300}) {
            set("huge number", "budget.momentum", NODES.numberNode(value), "budget.momentum");
            set("huge number", "split.validationFraction", NODES.numberNode(value), "split.validationFraction");
        }
        mutate("huge number", "budget.iterations", "budget.iterations", request ->
                ((ObjectNode) request.get("budget")).put("iterations", Integer.MAX_VALUE));
        mutate("huge number", "seeds", "seeds", request -> {
            ArrayNode seeds = request.putArray("seeds");
            for (int seed = 0; seed < 1000; seed++) {
                seeds.add(seed);
            }
        });
    }

    private void depthsOutOfRange() {
        List<List<Integer>> bad = List.of(List.of(0), List.of(8), List.of(-1), List.of(100), List.of(Integer.MAX_VALUE),
                List.of(Integer.MIN_VALUE), List.of(1, 8), List.of(7, 0), List.of(), List.of(1, 1),
                List.of(1, 2, 3, 4, 5, 6, 7, 8), List.of(3, 3, 3));
        for (List<String> variants : List.of(List.of("baseA", "baseB", "AnB"), List.of("BnB+", "AnB+"),
                List.of("RnB"))) {
            for (List<Integer> depths : bad) {
                mutate("n out of range", "depths " + depths, "depths", request -> {
                    ArrayNode array = request.putArray("depths");
                    depths.forEach(array::add);
                    ArrayNode names = request.putArray("variants");
                    variants.forEach(names::add);
                });
            }
        }
        mutate("n out of range", "depths [null]", "depths", request -> request.putArray("depths").addNull());
    }

    private void badClassLists() {
        List<List<Integer>> bad = new ArrayList<>(List.of(List.of(), List.of(0), List.of(10), List.of(-1),
                List.of(0, 10), List.of(0, 99), List.of(5, 5), List.of(Integer.MAX_VALUE, 1)));
        for (String half : List.of("classesA", "classesB")) {
            for (List<Integer> classes : bad) {
                String expected = classes.size() < 2 || classes.stream().distinct().count() < classes.size()
                        ? "split." + half : "split." + half + "[";
                mutate("class lists", half + " " + classes, expected, request -> {
                    ArrayNode array = ((ObjectNode) request.get("split")).putArray(half);
                    classes.forEach(array::add);
                });
            }
        }
        for (List<Integer> b : List.of(List.of(0, 1), List.of(1, 2), List.of(3, 0), List.of(0, 1, 2, 3))) {
            mutate("class lists", "overlap " + b, "split: classesA and classesB overlap", request -> {
                ArrayNode array = ((ObjectNode) request.get("split")).putArray("classesB");
                b.forEach(array::add);
            });
        }
        for (int[] sizes : new int[][]{{1, 2}, {2, 1}, {0, 5}, {6, 6}, {9, 2}, {-3, 2}}) {
            String expected = sizes[0] < 2 ? "split.sizeA" : sizes[1] < 2 ? "split.sizeB" : "split:";
            mutate("class lists", "sizes " + Arrays.toString(sizes), expected, request -> {
                request.putObject("split").put("sizeA", sizes[0]).put("sizeB", sizes[1]);
            });
        }
    }

    private void unknownNames() {
        for (String name : List.of("resnet50", "vgg16", "COMPACT8", "compact8 ", "compact9", "alexnet", "caffenet",
                "../compact8", "compact8\u0000", "")) {
            set("unknown name", "architecture", NODES.textNode(name), "architecture: unknown architecture");
        }
        for (String name : List.of("imagenet", "MNIST", "fashion_mnist", "cifar-10", "svhn", "mnist ", "../mnist",
                "image_folder", "", "fashion-mnist2")) {
            set("unknown name", "dataset.name", NODES.textNode(name), "dataset.name: unknown data set");
        }
        for (String name : List.of("fast", "QUICK", "paper ", "full", "")) {
            set("unknown name", "profile", NODES.textNode(name), "profile: unknown profile");
        }
        for (String name : List.of("AnC", "baseC", "anb+", "BnB++", "random", "")) {
            set("unknown name", "variants[1]", NODES.textNode(name), "variants[1]");
        }
        for (String injection : INJECTIONS) {
            if (!injection.equals("null")) { // a well-formed id
                set("unknown name", "experimentId", NODES.textNode(injection), "experimentId");
            }
            set("unknown name", "architecture", NODES.textNode(injection), "architecture");
            set("unknown name", "dataset.name", NODES.textNode(injection), "dataset.name");
            set("unknown name", "profile", NODES.textNode(injection), "profile");
            set("unknown name", "variants[0]", NODES.textNode(injection), "variants[0]");
        }
    }

    private void hostileLocations() {
        List<String> outside = List.of("/etc", "/etc/passwd", "/root/.ssh", "/proc/self/environ", "/dev/zero", "/",
                "//etc", "/var/lib", "/home", "/usr/share", "/usr/share/datasets-evil", "/tmpfoo");
        List<String> traversal = List.of("/usr/share/datasets/../../etc/passwd", "/tmp/../etc",
                "/usr/share/datasets/fashion-mnist/../../../../etc", "/tmp/./../etc", "/usr/share/datasets/..",
                location + "/../../../etc", "s3://transferlab/../x", "s3://transferlab/a/../../b",
                "/tmp/..\\..\\etc");
        List<String> malformed = List.of("../../etc", "etc/passwd", "~/data", "C:\\Windows\\System32",
                "file:///etc/passwd", "http://127.0.0.1/x", "", " ", "/tmp/\nx", "/tmp/\u0000x", "/" + "a".repeat(2000),
                "s3://TRANSFERLAB/x", "s3://a/x", "s3://transferlab/x y", "s3:/transferlab/x", "data\u0007");
        List<String> otherBuckets = List.of("s3://someone-elses/data", "s3://transferlab-backup/mnist",
                "s3://evil.example.com/x", "s3://transferlab/checkpoints/x", "s3://transferlab/datasetsx/y");
        for (String dataset : List.of("mnist", "fashion-mnist")) {
            outside.forEach(l -> location(dataset, l, "dataset.location: '" + l + "' is outside the allowed roots"));
            traversal.forEach(l -> location(dataset, l, "dataset.location: '..' segments are not allowed"));
            malformed.forEach(l -> location(dataset, l, "dataset.location: "));
            otherBuckets.forEach(l -> location(dataset, l, "dataset.location: '" + l
                    + "' is outside the allowed S3 locations"));
            location(dataset, "s3://transferlab", "dataset.location: ");
            location(dataset, "s3://transferlab/", "dataset.location: ");
        }
    }

    private void location(String dataset, String value, String expected) {
        mutate("hostile location", value, expected, request ->
                ((ObjectNode) request.get("dataset")).put("name", dataset).put("location", value));
    }

    private void oversized() {
        for (int size : new int[]{65_537, 70_000, 100_000, 250_000, 500_000, 900_000}) {
            String key = nextKey();
            String valid = Json.write(valid(key));
            String padded = valid.substring(0, valid.length() - 1) + ", \"pad\": \""
                    + "x".repeat(Math.max(0, size - valid.length() - 11)) + "\"}";
            add("oversized", size + " bytes, a long field", key, padded.getBytes(StandardCharsets.UTF_8), "request: ");
            key = nextKey();
            add("oversized", size + " bytes, leading blanks", key,
                    (" ".repeat(size) + Json.write(valid(key))).getBytes(StandardCharsets.UTF_8), "request: ");
            key = nextKey();
            StringBuilder depths = new StringBuilder("{\"experimentId\": \"" + key + "\", \"depths\": [1");
            while (depths.length() < size) {
                depths.append(", 1");
            }
            add("oversized", size + " bytes, a long array", key,
                    depths.append("]}").toString().getBytes(StandardCharsets.UTF_8), "request: ");
        }
    }

    private void notJson() {
        // Every prefix: a request cut short anywhere.
        for (int end = 1; end < Json.write(valid(nextKey())).length(); end++) {
            String key = nextKey();
            String whole = Json.write(valid(key));
            add("invalid JSON", "cut after " + end + " characters", key,
                    whole.substring(0, Math.min(end, whole.length() - 1)).getBytes(StandardCharsets.UTF_8),
                    "request: ");
        }
        for (String text : List.of("null", "[]", "42", "\"request\"", "true", "{} {}", "{,}", "{'experimentId': 'x'}",
                "{experimentId: \"x\"}", "{\"experimentId\": \"x\",}", "/* c */ {}",
                "{\"depths\": [1 2]}", "{\"a\" \"b\"}", "}{", "[{\"experimentId\": \"x\"}]", "\u00ef\u00bb\u00bf{}",
                "{\"experimentId\": \"x\"\n", "<request/>", "experimentId=x&dataset=mnist")) {
            add("invalid JSON", abbreviate(text), nextKey(), text.getBytes(StandardCharsets.UTF_8), "request");
        }
        // A non-number JSON has no word for is named where it stands, not as a broken request.
        add("invalid JSON", "{\"depths\": [NaN]}", nextKey(), "{\"depths\": [NaN]}".getBytes(StandardCharsets.UTF_8),
                "depths[0]: NaN");
        add("invalid JSON", "no bytes", nextKey(), new byte[0], "request: empty");
        add("invalid JSON", "blanks", nextKey(), "   \n\t ".getBytes(StandardCharsets.UTF_8), "request: empty");
    }

    private void wrongEncodings() {
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"))) {
            for (String accented : List.of("café", "naïve", "Ångström", "größe", "señal")) {
                String key = nextKey();
                ObjectNode request = valid(key);
                ((ObjectNode) request.get("dataset")).put("location", location + "/" + accented);
                add("wrong encoding", charset + " " + accented, key, Json.write(request).getBytes(charset),
                        "request: ");
            }
        }
        for (byte[] sequence : new byte[][]{{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}}) {
            String key = nextKey();
            String valid = Json.write(valid(key));
            int at = valid.indexOf("compact8");
            byte[] head = valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[head.length + sequence.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(sequence, 0, bytes, head.length, sequence.length);
            System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);
            add("wrong encoding", "bytes " + HexFormat.of().formatHex(sequence), key, bytes, "request: not UTF-8");
        }
        for (int blob = 0; blob < 60; blob++) {
            byte[] bytes = new byte[10 + random.nextInt(600)];
            random.nextBytes(bytes);
            bytes[0] = (byte) 0xFE; // never valid UTF-8, so each blob tests the decoder, not luck
            add("wrong encoding", bytes.length + " random bytes", nextKey(), bytes, "request: not UTF-8");
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid request with the value at a dotted path ("budget.epochs", "depths[0]") replaced. */
    private void set(String family, String path, JsonNode value, String expected) {
        mutate(family, path + " = " + abbreviate(value.toString()), expected, request -> put(request, path, value));
    }

    private void remove(String path, String expected) {
        mutate("missing", "no " + path, expected, request -> {
            int dot = path.lastIndexOf('.');
            ObjectNode parent = dot < 0 ? request : (ObjectNode) request.at("/" + path.substring(0, dot)
                    .replace('.', '/'));
            parent.remove(path.substring(dot + 1));
        });
    }

    private void mutate(String family, String what, String expected, Consumer<ObjectNode> mutation) {
        String key = nextKey();
        ObjectNode request = valid(key);
        mutation.accept(request);
        add(family, what, key, Json.write(request).getBytes(StandardCharsets.UTF_8), expected);
    }

    private static void put(ObjectNode request, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = request;
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((ObjectNode) node).set(last, value);
        } else {
            ArrayNode array = (ArrayNode) node.get(last.substring(0, bracket));
            array.set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
        }
    }

    private void add(String family, String what, String key, byte[] value, String expected) {
        requests.add(new Bad(key, value, family, what, expected));
    }

    private String nextKey() {
        return prefix + "-" + requests.size();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
