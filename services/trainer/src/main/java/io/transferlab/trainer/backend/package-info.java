/**
 * The ND4J backend (CPU or CUDA) chosen and started when the trainer starts.
 */
package io.transferlab.trainer.backend;
