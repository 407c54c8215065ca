package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.PersonProfile;
import dev.backstory.model.Quote;
import dev.backstory.model.Site;
import dev.backstory.model.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everyone quoted on the site. A quote's speaker is the attribution before its first comma, so
 * "Sydney Seiler" and "Sydney Seiler, former US intelligence officer" are one person already;
 * names are then compared by their slug (case, spacing, accents and a leading title such as
 * "Dr" do not matter), and a profile's {@code aliases} join the names it lists to its person.
 */
public record PeopleIndex(List<Person> people, Map<String, String> slugBySpeaker) {

  private static final Pattern TITLE =
      Pattern.compile("^(?:dr|prof|professor|mr|mrs|ms|sir|gen|general)\\.?\\s+",
          Pattern.CASE_INSENSITIVE);

  public PeopleIndex {
    people = List.copyOf(people);
    slugBySpeaker = Map.copyOf(slugBySpeaker);
  }

  /** Sorted by name, then slug. */
  public static PeopleIndex of(Site site, List<PersonProfile> profiles) {
    Map<String, PersonProfile> profileByKey = new TreeMap<>();
    for (PersonProfile profile : profiles) {
      profileByKey.put(profile.slug(), profile);
      profileByKey.putIfAbsent(key(profile.name()), profile);
      profile.aliases().forEach(alias -> profileByKey.putIfAbsent(key(alias), profile));
    }
    Map<String, List<PersonQuote>> quotes = new LinkedHashMap<>();
    Map<String, Quote> firstQuote = new HashMap<>();
    Map<String, String> slugBySpeaker = new HashMap<>();
    for (Explainer explainer : site.explainers()) {
      for (Quote quote : explainer.quotes()) {
        // The same few speakers are quoted again and again: each name is keyed once.
        String slug = slugBySpeaker.computeIfAbsent(quote.speaker(), speaker ->
            Optional.ofNullable(profileByKey.get(key(speaker)))
                .map(PersonProfile::slug).orElse(key(speaker)));
        firstQuote.putIfAbsent(slug, quote);
        quotes.computeIfAbsent(slug, s -> new ArrayList<>()).add(new PersonQuote(quote.text(),
            quote.role(), explainer.slug(), quote.questionId(), quote.position()));
      }
    }
    List<Person> people = new ArrayList<>();
    quotes.forEach((slug, said) -> {
      PersonProfile profile = profileByKey.get(slug);
      Quote first = firstQuote.get(slug);
      people.add(profile == null
          ? new Person(slug, first.speaker(), first.role(), null, said)
          : new Person(slug, profile.name(), profile.role() != null ? profile.role() : first.role(),
              profile.affiliation(), said));
    });
    people.sort(Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT))
        .thenComparing(Person::slug));
    return new PeopleIndex(people, slugBySpeaker);
  }

  /** The slug of the person a speaker's name stands for. */
  public Optional<String> slugOf(String speaker) {
    return Optional.ofNullable(slugBySpeaker.get(speaker));
  }

  public Optional<Person> bySlug(String slug) {
    return people.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** How two names are compared: their slug, without a leading title. */
  static String key(String name) {
    return Slugs.of(TITLE.matcher(name.strip()).replaceFirst(""));
  }
}
