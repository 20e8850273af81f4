/**
 * A study's result across its levels: the gain of transfer per level and n, the study's finding, the advice, and its
 * text report.
 */
package io.transferlab.analysis.study;
