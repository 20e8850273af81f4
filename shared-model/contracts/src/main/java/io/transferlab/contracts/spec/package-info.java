/**
 * Experiment and study requests as users write them, their resolved form with every default filled in, the profiles,
 * and the paper's variants and architectures by name. Checking a request is the validation package's.
 */
package io.transferlab.contracts.spec;
