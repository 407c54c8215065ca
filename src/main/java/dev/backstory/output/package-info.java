/**
 * The write phase: a staging folder beside the output, swapped in whole on success, and the
 * marker that keeps Backstory from ever clearing a folder it did not write.
 */
package dev.backstory.output;
