/**
 * What the CLI prints: the progress bar, an experiment's Figure 2 table and findings, and a study's report.
 */
package io.transferlab.cli.output;
