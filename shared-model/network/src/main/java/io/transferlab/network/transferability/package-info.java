/**
 * Transferability estimated without training a transfer net: a linear probe, LogME, H-score and linear CKA of a base
 * net's layer-n features on the target half's images, and the same on a random net's features (the RnB control).
 */
package io.transferlab.network.transferability;
