package dev.backstory.render;

/**
 * Which of the pages that gather the whole site a build writes: those whose optional layouts
 * the theme has. Each is written whenever its layout is there (an empty list still has its
 * first page), so a page may link to it exactly when the theme has it.
 *
 * @param questions the question index
 * @param people the people index
 * @param persons a page of each person's quotes
 * @param timeline the merged timeline
 */
record ThemePages(boolean questions, boolean people, boolean persons, boolean timeline) {}
