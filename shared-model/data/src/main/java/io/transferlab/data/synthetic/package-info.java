/**
 * Small learnable synthetic data sets, and writers of the on-disk formats, for tests.
 */
package io.transferlab.data.synthetic;
