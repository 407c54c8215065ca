/**
 * Runs the phases in order (load, model, resolve, render, write), stops at the first phase
 * boundary with errors, and reports what was built and how long it took.
 */
package dev.backstory.build;
