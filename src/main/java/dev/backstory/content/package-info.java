/**
 * The load phase: files under the content folder become {@link
 * dev.backstory.content.LoadedExplainer}s (front matter validated, Markdown parsed, question ids
 * assigned, links and quotes recorded with their file positions). The only package that
 * configures Flexmark or reads YAML.
 */
package dev.backstory.content;
