package io.transferlab.contracts.spec;

/**
 * Where the images come from.
 *
 * @param name     the data set's format and identity: fashion-mnist, mnist, cifar10, cifar100 or image-folder
 * @param location a local path, or s3://bucket/prefix; null means the data set's default location
 */
public record DatasetRef(String name, String location) {
}
