/**
 * Figure 2's numbers and what judges them: scores, the table, the statistics (t distribution, power, measurement
 * resolution), CSV in and out and the text report. Pure functions of the contracts; the findings, studies, figures and
 * design checks are in the subpackages.
 */
package io.transferlab.analysis;
