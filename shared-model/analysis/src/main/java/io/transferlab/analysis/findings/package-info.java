/**
 * The paper's four findings: their measures, the verdict rule, Holm's correction and the decision on each metric.
 */
package io.transferlab.analysis.findings;
