/**
 * The object store every service shares: writes and reads verified by SHA-256, with bounded retries.
 */
package io.transferlab.storage;
