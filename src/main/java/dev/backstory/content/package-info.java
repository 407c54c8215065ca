/**
 * The load phase: files under the content folder become {@link
 * dev.backstory.content.LoadedExplainer}s (front matter validated, Markdown parsed, question ids
 * assigned, links, wiki links and quotes recorded with their file positions) and the optional
 * profiles in {@code people/*.yaml} are read. The only package that
 * configures Flexmark or reads YAML. Loading is the first phase to spread its work over every
 * core, so {@link dev.backstory.content.EveryCore}, which the later phases use too, lives here.
 */
package dev.backstory.content;
