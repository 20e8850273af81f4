/**
 * The {@code transferlab} command's entry point; its subcommands are in the commands package.
 */
package io.transferlab.cli;
