/**
 * The trainer's typed configuration.
 */
package io.transferlab.trainer.config;
