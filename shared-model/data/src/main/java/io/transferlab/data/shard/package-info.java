/**
 * The binary shard format in which data sets travel between services.
 */
package io.transferlab.data.shard;
