/**
 * The command line: parses arguments with picocli, runs the build and prints diagnostics as
 * {@code file:line:col: error: message}. The only package that exits the process.
 */
package dev.backstory.cli;
