package io.transferlab.contracts.spec;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The data sets and architectures a request may name; the validator and the services agree on these. */
public final class Catalog {

    public static final String COMPACT8 = "compact8";
    public static final String CAFFENET8 = "caffenet8";
    public static final Set<String> ARCHITECTURES = Set.of(COMPACT8, CAFFENET8);

    public static final String FASHION_MNIST = "fashion-mnist";
    public static final String IMAGE_FOLDER = "image-folder";

    /** Class count of each data set; image folders have as many classes as directories, known only when read. */
    private static final Map<String, Integer> CLASS_COUNTS = new TreeMap<>(Map.of(
            FASHION_MNIST, 10, "mnist", 10, "cifar10", 10, "cifar100", 100, IMAGE_FOLDER, 0));

    private Catalog() {
    }

    /** The size images are resized to when the data set does not fix it (image folders). */
    public static InputShape defaultInput(String architecture) {
        return CAFFENET8.equals(architecture) ? new InputShape(3, 227, 227) : new InputShape(3, 32, 32);
    }

    public static Set<String> datasets() {
        return CLASS_COUNTS.keySet();
    }

    public static Optional<Integer> classCount(String dataset) {
        return Optional.ofNullable(CLASS_COUNTS.get(dataset)).filter(count -> count > 0);
    }
}
