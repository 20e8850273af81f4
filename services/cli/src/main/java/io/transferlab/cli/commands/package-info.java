/**
 * One class per {@code transferlab} subcommand, the options they share (where the broker, the aggregator and the store
 * are) and what a followed sweep samples and reports. Printing is the output package's, starting a local system the
 * local package's.
 */
package io.transferlab.cli.commands;
