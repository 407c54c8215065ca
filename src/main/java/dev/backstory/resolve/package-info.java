/**
 * The resolve phase: every link and image reference checked against the site model, with a
 * "did you mean" for each broken one, and the hrefs and link-graph edges the render phase uses.
 * A build stops here on any error; {@code check} is the build up to this phase.
 */
package dev.backstory.resolve;
