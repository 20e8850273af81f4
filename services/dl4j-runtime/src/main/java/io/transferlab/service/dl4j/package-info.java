/**
 * What the services that run nets (trainer and evaluator) share: ND4J's native setup at start and the checkpoint store.
 */
package io.transferlab.service.dl4j;
