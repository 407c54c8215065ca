/**
 * The site as immutable data: explainers, their questions, quotes and links as written, topics,
 * and the routes that place each page in the output. Records refer to each other by slug and id,
 * never by object, so the model has no cycles. Depends only on {@code diag}.
 */
package dev.backstory.model;
