/**
 * A net scored on a labelled set in inference mode.
 */
package io.transferlab.network.evaluation;
