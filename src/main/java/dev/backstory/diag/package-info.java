/**
 * Problems in the user's input as values: {@link dev.backstory.diag.Diagnostic} with a
 * {@link dev.backstory.diag.SourcePosition}, collected per phase. Every other package reports
 * through here; this package depends on nothing else of Backstory.
 */
package dev.backstory.diag;
