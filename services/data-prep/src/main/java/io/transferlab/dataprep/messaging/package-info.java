/**
 * data-prep's Kafka side: requests taken off their topic, and each outcome announced (the accepted experiment with its
 * root jobs, or the rejection). The work itself is in the preparation package.
 */
package io.transferlab.dataprep.messaging;
