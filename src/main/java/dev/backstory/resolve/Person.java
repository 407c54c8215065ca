package dev.backstory.resolve;

import java.util.List;
import java.util.Objects;

/**
 * Someone quoted on the site, with every quote attributed to them.
 *
 * @param slug the URL name of their page
 * @param name their full name: from their profile, else as the first quote names them
 * @param role from their profile, else the role the first quote gives them, or null
 * @param affiliation from their profile, or null
 * @param quotes in site order: explainers newest first, then position in the file
 */
public record Person(
    String slug, String name, String role, String affiliation, List<PersonQuote> quotes) {
  public Person {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    quotes = List.copyOf(quotes);
  }

  /** The explainers that quote this person, each once, in site order. */
  public List<String> explainerSlugs() {
    return quotes.stream().map(PersonQuote::explainerSlug).distinct().toList();
  }
}
