package io.transferlab.contracts.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The data sets a request may name, with what is known of them before they are read. */
public enum Dataset {
    FASHION_MNIST("fashion-mnist", 10, new InputShape(1, 28, 28)),
    MNIST("mnist", 10, new InputShape(1, 28, 28)),
    CIFAR10("cifar10", 10, new InputShape(3, 32, 32)),
    CIFAR100("cifar100", 100, new InputShape(3, 32, 32)),
    /** As many classes as directories and images of any size: both known only when read. */
    IMAGE_FOLDER("image-folder", 0, null);

    private final String id;
    private final int classCount;
    private final InputShape shape;

    Dataset(String id, int classCount, InputShape shape) {
        this.id = id;
        this.classCount = classCount;
        this.shape = shape;
    }

    /** The name a request gives. */
    public String id() {
        return id;
    }

    /** Empty where it is known only when the data are read. */
    public Optional<Integer> classCount() {
        return classCount > 0 ? Optional.of(classCount) : Optional.empty();
    }

    /** The shape of its images as read: fixed by the format, or for image folders the architecture's default. */
    public InputShape input(NetArchitecture architecture) {
        return shape != null ? shape : architecture.defaultInput();
    }

    public static Optional<Dataset> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** The names a request may give, sorted. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Dataset::id).sorted().toList();
    }
}
