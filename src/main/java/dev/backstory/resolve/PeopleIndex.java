package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.PersonProfile;
import dev.backstory.model.Quote;
import dev.backstory.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everyone quoted on the site. A quote's speaker is the attribution before its first comma, so
 * "Sydney Seiler" and "Sydney Seiler, former US intelligence officer" are one person already;
 * names are then compared by their slug (case, spacing, accents and a leading title such as
 * "Dr" do not matter), and a profile's {@code aliases} join the names it lists to its person.
 */
public final class PeopleIndex {

  private static final Comparator<Person> BY_NAME =
      Comparator.comparing((Person p) -> p.name().toLowerCase(Locale.ROOT))
          .thenComparing(Person::slug);

  private final List<Person> people;
  private final Map<String, String> slugBySpeaker;
  /** What the index was made from, for a rebuild to tell what changed. */
  private final List<PersonProfile> profiles;
  private final List<Explainer> explainers;

  private PeopleIndex(List<Person> people, Map<String, String> slugBySpeaker,
      List<PersonProfile> profiles, List<Explainer> explainers) {
    this.people = List.copyOf(people);
    this.slugBySpeaker = Map.copyOf(slugBySpeaker);
    this.profiles = profiles;
    this.explainers = explainers;
  }

  public static PeopleIndex of(Site site, List<PersonProfile> profiles) {
    Keys keys = new Keys(profiles);
    Map<String, List<PersonQuote>> quotes = new LinkedHashMap<>();
    for (Explainer explainer : site.explainers()) {
      keys.quotesOf(explainer).forEach(quote ->
          quotes.computeIfAbsent(keys.slugOf(quote.speaker()), s -> new ArrayList<>()).add(quote));
    }
    List<Person> people = new ArrayList<>();
    quotes.forEach((slug, said) -> people.add(keys.person(slug, said)));
    people.sort(BY_NAME);
    return new PeopleIndex(people, keys.slugBySpeaker, profiles, site.explainers());
  }

  /**
   * The index of {@code site}, made from {@code previous} (may be null) when the site has the
   * same explainers in the same order and the same profiles: only the people quoted in the
   * explainers that changed are gathered again, and nobody when their quotes are as they were.
   */
  static PeopleIndex of(Site site, List<PersonProfile> profiles, PeopleIndex previous) {
    List<Explainer> now = site.explainers();
    List<Integer> changed = previous == null || !previous.profiles.equals(profiles) ? null
        : ChangedExplainers.positions(previous.explainers, now);
    if (changed == null) {
      return of(site, profiles);
    }
    List<Explainer> changedWas = new ArrayList<>();
    List<Explainer> changedNow = new ArrayList<>();
    for (int i : changed) {
      if (!previous.explainers.get(i).quotes().equals(now.get(i).quotes())) {
        changedWas.add(previous.explainers.get(i));
        changedNow.add(now.get(i));
      }
    }
    if (changedNow.isEmpty()) {
      return new PeopleIndex(previous.people, previous.slugBySpeaker, profiles, now);
    }
    return previous.updated(site, changedWas, changedNow);
  }

  /** This index with the quotes of {@code changedWas} replaced by those of {@code changedNow}. */
  private PeopleIndex updated(Site site, List<Explainer> changedWas, List<Explainer> changedNow) {
    Keys keys = new Keys(profiles, slugBySpeaker);
    Set<String> changedSlugs = new HashSet<>();
    Set<String> affected = new HashSet<>();
    for (Explainer was : changedWas) {
      changedSlugs.add(was.slug());
      was.quotes().forEach(quote -> affected.add(keys.slugOf(quote.speaker())));
    }
    Map<String, List<PersonQuote>> added = new HashMap<>();
    for (Explainer explainer : changedNow) {
      keys.quotesOf(explainer).forEach(quote -> added
          .computeIfAbsent(keys.slugOf(quote.speaker()), s -> new ArrayList<>()).add(quote));
    }
    affected.addAll(added.keySet());
    Map<String, Integer> rank = new HashMap<>();
    site.explainers().forEach(explainer -> rank.put(explainer.slug(), rank.size()));
    Comparator<PersonQuote> siteOrder = Comparator
        .comparing((PersonQuote quote) -> rank.get(quote.explainerSlug()))
        .thenComparing(PersonQuote::position);
    List<Person> people = new ArrayList<>();
    for (Person person : this.people) {
      if (!affected.contains(person.slug())) {
        people.add(person);
      }
    }
    for (String slug : affected) {
      List<PersonQuote> said = new ArrayList<>(added.getOrDefault(slug, List.of()));
      bySlug(slug).ifPresent(person -> person.quotes().stream()
          .filter(quote -> !changedSlugs.contains(quote.explainerSlug())).forEach(said::add));
      if (!said.isEmpty()) {
        said.sort(siteOrder);
        people.add(keys.person(slug, said));
      }
    }
    people.sort(BY_NAME);
    return new PeopleIndex(people, keys.slugBySpeaker, profiles, site.explainers());
  }

  /** Sorted by name, then slug. */
  public List<Person> people() {
    return people;
  }

  /** Each speaker's name as written, to the slug of the person it stands for. */
  public Map<String, String> slugBySpeaker() {
    return slugBySpeaker;
  }

  /** The slug of the person a speaker's name stands for. */
  public Optional<String> slugOf(String speaker) {
    return Optional.ofNullable(slugBySpeaker.get(speaker));
  }

  public Optional<Person> bySlug(String slug) {
    return people.stream().filter(p -> p.slug().equals(slug)).findFirst();
  }

  /** Who each name stands for, under one set of profiles. */
  private static final class Keys {
    private final Map<String, PersonProfile> profileByKey = new TreeMap<>();
    private final Map<String, String> slugBySpeaker;

    Keys(List<PersonProfile> profiles) {
      this(profiles, Map.of());
    }

    /** @param known speakers already worked out under the same profiles */
    Keys(List<PersonProfile> profiles, Map<String, String> known) {
      for (PersonProfile profile : profiles) {
        profileByKey.put(profile.slug(), profile);
        profileByKey.putIfAbsent(PersonProfile.key(profile.name()), profile);
        profile.aliases()
            .forEach(alias -> profileByKey.putIfAbsent(PersonProfile.key(alias), profile));
      }
      slugBySpeaker = new HashMap<>(known);
    }

    /** The same few speakers are quoted again and again: each name is keyed once. */
    String slugOf(String speaker) {
      return slugBySpeaker.computeIfAbsent(speaker, name ->
          Optional.ofNullable(profileByKey.get(PersonProfile.key(name)))
              .map(PersonProfile::slug).orElse(PersonProfile.key(name)));
    }

    List<PersonQuote> quotesOf(Explainer explainer) {
      List<PersonQuote> quotes = new ArrayList<>();
      for (Quote quote : explainer.quotes()) {
        quotes.add(new PersonQuote(quote.speaker(), quote.text(), quote.role(),
            explainer.slug(), quote.questionId(), quote.position()));
      }
      return quotes;
    }

    /** A person from their quotes in site order: named by their profile, else the first quote. */
    Person person(String slug, List<PersonQuote> said) {
      PersonProfile profile = profileByKey.get(slug);
      PersonQuote first = said.get(0);
      return profile == null
          ? new Person(slug, first.speaker(), first.role(), null, said)
          : new Person(slug, profile.name(),
              profile.role() != null ? profile.role() : first.role(), profile.affiliation(), said);
    }
  }
}
