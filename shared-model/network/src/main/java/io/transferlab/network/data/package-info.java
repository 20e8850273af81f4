/**
 * Images as normalised float tensors, handed out in mini-batches.
 */
package io.transferlab.network.data;
