/**
 * Images in memory and how an experiment divides them: the class split, each seed's draw, the train, validation and
 * test parts. Reading files is the readers package's, the shard format the shard package's.
 */
package io.transferlab.data;
