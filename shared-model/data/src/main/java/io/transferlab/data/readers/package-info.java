/**
 * Data sets read from disk: the IDX, CIFAR and image-folder formats, and the catalog that picks the reader and location
 * for each data set.
 */
package io.transferlab.data.readers;
