/**
 * The architectures a request may name (compact8, caffenet8), each as the paper's 8 weight layers in blocks that a cut
 * after layer n splits. Building a DL4J net from them is the model package's.
 */
package io.transferlab.network.architecture;
