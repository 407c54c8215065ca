/**
 * The write phase: a staging folder beside the output, swapped in whole on success; the
 * marker that keeps Backstory from ever clearing a folder it did not write; the lock that lets
 * one process at a time write an output folder; and the downloads made from the finished
 * output: the offline zip and the self-contained explainer files.
 */
package dev.backstory.output;
