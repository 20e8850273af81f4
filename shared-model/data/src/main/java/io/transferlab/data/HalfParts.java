package io.transferlab.data;

/** The three parts of one half: what a net trains on, validates on during training, and is finally scored on. */
public record HalfParts(ImageSet train, ImageSet validation, ImageSet test) {
}
