/**
 * Transfer predicted from the base nets alone, and checked against the transfer nets the sweep trained.
 */
package io.transferlab.analysis.prediction;
