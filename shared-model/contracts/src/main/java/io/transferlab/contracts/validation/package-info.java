/**
 * A request checked against the configured bounds, with every problem worded for its author.
 */
package io.transferlab.contracts.validation;
