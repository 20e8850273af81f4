package io.transferlab.contracts.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The data sets a request may name, with what is known of them before they are read. */
public enum Dataset {
    /** Where Debian's dataset-fashion-mnist package installs it. */
    FASHION_MNIST("fashion-mnist", 10, new InputShape(1, 28, 28), "/usr/share/datasets/fashion-mnist"),
    MNIST("mnist", 10, new InputShape(1, 28, 28), "/usr/share/datasets/mnist"),
    CIFAR10("cifar10", 10, new InputShape(3, 32, 32), null),
    CIFAR100("cifar100", 100, new InputShape(3, 32, 32), null),
    /** As many classes as directories and images of any size: both known only when read. */
    IMAGE_FOLDER("image-folder", 0, null, null);

    private final String id;
    private final int classCount;
    private final InputShape shape;
    private final String defaultLocation;

    Dataset(String id, int classCount, InputShape shape, String defaultLocation) {
        this.id = id;
        this.classCount = classCount;
        this.shape = shape;
        this.defaultLocation = defaultLocation;
    }

    /** The name a request gives. */
    @JsonValue
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

    /** Where it is read from when a request names no location; empty where a request must name one. */
    public Optional<String> defaultLocation() {
        return Optional.ofNullable(defaultLocation);
    }

    public static Optional<Dataset> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    /** The names a request may give, sorted. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Dataset::id).sorted().toList();
    }
}
