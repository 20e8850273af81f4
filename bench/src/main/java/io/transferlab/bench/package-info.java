/**
 * Benchmarks run by hand (bench/run): the trainer's speed on its own code path and the in-process reference sweep, with
 * the machine and FLOP counts they report. Not part of any service, and not run by the tests.
 */
package io.transferlab.bench;
