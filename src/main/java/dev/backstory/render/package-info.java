/**
 * The render phase: Markdown bodies to HTML (with resolved links, wiki links, quote figures and
 * included sections), view records built per page, FreeMarker layouts applied, and the site's
 * structure written as {@code graph.json}. Templates see only {@link dev.backstory.render.Views}
 * and {@link dev.backstory.render.ConnectionViews}.
 * Also what is made from the rendered site beside the pages: head metadata and JSON-LD, Atom
 * feeds, the sitemap and robots.txt, and the search index. Before the load phase, the ids the
 * theme keeps for its own elements are read from its files ({@link dev.backstory.render.ThemeIds}).
 */
package dev.backstory.render;
