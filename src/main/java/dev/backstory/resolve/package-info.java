/**
 * The resolve phase: every link, wiki link, include and image reference checked against the
 * site model, with a "did you mean" for each broken one, and the hrefs and link-graph edges the
 * render phase uses; old slugs and old question ids resolved to the current ones. A build stops
 * here on any error; {@code check} is the build up to this phase. {@link
 * dev.backstory.resolve.Connections} then reads the checked site for what connects it: the link
 * graph by target (backlinks), the people quoted, the merged timeline and related explainers.
 */
package dev.backstory.resolve;
