/**
 * Figure 2 and a study's gains drawn once, written as SVG or PNG.
 */
package io.transferlab.analysis.figure;
