/**
 * The write phase: a staging folder beside the output, swapped in whole on success, and the
 * marker that keeps Backstory from ever clearing a folder it did not write; and the downloads
 * made from the finished output: the offline zip and the self-contained explainer files.
 */
package dev.backstory.output;
