/**
 * ND4J set up on the CPU when the evaluator starts.
 */
package io.transferlab.evaluator.backend;
