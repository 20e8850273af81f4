/**
 * data-prep's typed configuration: the bounds a request must stay within and where its data may be read from.
 */
package io.transferlab.dataprep.config;
