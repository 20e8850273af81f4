/**
 * The object-storage key layout, built only from validated ids.
 */
package io.transferlab.contracts.storage;
