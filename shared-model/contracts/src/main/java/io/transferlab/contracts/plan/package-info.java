/**
 * The plan of an experiment, a pure function from a resolved spec to its jobs, and the job records it makes.
 */
package io.transferlab.contracts.plan;
