/**
 * The one JSON mapping of TransferLab's messages, and the SHA-256 digests its provenance uses.
 */
package io.transferlab.contracts.json;
