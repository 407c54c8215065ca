package dev.backstory.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern TITLE =
      Pattern.compile("^(?:dr|prof|professor|mr|mrs|ms|sir|gen|general)\\.?\\s+",
          Pattern.CASE_INSENSITIVE);

  public PersonProfile {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }

  /**
   * How two names of people are compared: by their slug, without a leading title, so case,
   * spacing, accents and "Dr" do not matter.
   */
  public static String key(String name) {
    return Slugs.of(TITLE.matcher(name.strip()).replaceFirst(""));
  }
}
