/**
 * A trained net with its updater state and manifest, and its zip encoding. Where checkpoints are stored is the
 * services' concern.
 */
package io.transferlab.network.checkpoint;
