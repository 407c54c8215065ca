/**
 * The render phase: Markdown bodies to HTML (with resolved links and quote figures), view
 * records built per page, and FreeMarker layouts applied. Templates see only {@link
 * dev.backstory.render.Views}.
 */
package dev.backstory.render;
