package dev.backstory.model;

/** What happens to HTML written inside Markdown ({@code rawHtml} in {@code site.yaml}). */
public enum RawHtml {
  /** Passed through as written: the editors are trusted. */
  ALLOW,
  /** Cleaned by an allow-list sanitizer: harmless formatting stays, scripts and handlers go. */
  SANITIZE,
  /** Shown as text, tags and all. */
  ESCAPE
}
