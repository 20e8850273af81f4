/**
 * The whole system on this machine for {@code run} and {@code up}: the servers and the four services as processes, and
 * the state file a running system leaves for the other commands.
 */
package io.transferlab.cli.local;
