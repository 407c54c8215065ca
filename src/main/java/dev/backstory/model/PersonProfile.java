package dev.backstory.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code content/people/<slug>.yaml} says about someone quoted on the site.
 *
 * @param slug the file's name, and the person's URL name
 * @param name the full name, as the person's page shows it
 * @param role what they do, or null
 * @param affiliation whom they work for, or null
 * @param aliases other names quotes attribute to them ("Seiler", "Sydney A. Seiler")
 */
public record PersonProfile(
    String slug, String name, String role, String affiliation, List<String> aliases) {
  public PersonProfile {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
