/**
 * Nets built: fresh ones, and each variant's transfer net from its source net.
 */
package io.transferlab.network.model;
