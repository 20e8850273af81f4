/**
 * What the services that touch S3 share: the typed storage configuration with its defaults, the client built from it at
 * start, and the shard cache.
 */
package io.transferlab.service.storage;
