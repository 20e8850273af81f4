/**
 * Which ND4J backend and native build a process runs on: the machine's CPU and GPUs, the choice made before ND4J loads,
 * and the checks after.
 */
package io.transferlab.network.backend;
