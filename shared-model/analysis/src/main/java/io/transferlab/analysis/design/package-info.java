/**
 * How well the experiment's design measures: the A/A calibration of the findings' test, and what pairing by seed buys.
 */
package io.transferlab.analysis.design;
