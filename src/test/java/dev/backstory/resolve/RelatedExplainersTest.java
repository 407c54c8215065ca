package dev.backstory.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.backstory.bench.CorpusGenerator;
import dev.backstory.content.ContentFiles;
import dev.backstory.content.ContentLoader;
import dev.backstory.content.LoadedContent;
import dev.backstory.content.LoadedExplainer;
import dev.backstory.diag.Diagnostics;
import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import dev.backstory.model.Slugs;
import dev.backstory.resolve.RelatedExplainers.Scored;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Related explainers on generated sites (shared topics, quoted people, links both ways) agree
 * with the documented score worked out the plain way, pair by pair.
 */
class RelatedExplainersTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void rankingFollowsTheDocumentedScoreForEveryExplainer(long seed, @TempDir Path dir)
      throws IOException {
    Path content = dir.resolve("content");
    new CorpusGenerator(seed).write(content, 150);
    assertRankingFollowsTheScore(content);
  }

  @Test
  void explainersSharingOnlyOneBigTopicAreRankedNewestFirst(@TempDir Path dir)
      throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    for (int day = 1; day <= 9; day++) {
      Files.writeString(content.resolve("e" + day + ".md"), """
          ---
          title: "Question %d?"
          date: 2024-03-0%d
          tags: ["Common"%s]
          ---
          Answer.
          """.formatted(day, day, day % 3 == 0 ? ", \"Third\"" : ""));
    }
    assertRankingFollowsTheScore(content);
  }

  private static void assertRankingFollowsTheScore(Path content) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LoadedContent loaded = new ContentLoader(content, "content").load(diagnostics).orElseThrow();
    Site site = Site.of(loaded.config(),
        loaded.explainers().stream().map(LoadedExplainer::explainer).toList());
    ResolvedSite resolved = new LinkResolver(site, new ContentFiles(content)).resolve(diagnostics);
    assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
    Connections connections = Connections.of(resolved, loaded.people());

    for (Explainer explainer : site.explainers()) {
      assertEquals(pairByPair(explainer, site, connections),
          connections.related().of(explainer.slug()), explainer.slug());
    }
    // Read backwards, as a preview asks: who lists this explainer among theirs?
    for (Explainer explainer : site.explainers()) {
      Set<String> listing = new HashSet<>();
      for (Explainer other : site.explainers()) {
        if (connections.related().of(other.slug()).stream()
            .anyMatch(scored -> scored.slug().equals(explainer.slug()))) {
          listing.add(other.slug());
        }
      }
      assertEquals(listing, connections.related().listing(List.of(explainer.slug())),
          explainer.slug());
    }
  }

  /** The documented score against every other explainer; the best four above 0. */
  private static List<Scored> pairByPair(Explainer a, Site site, Connections connections) {
    record Candidate(Explainer explainer, int score) {}
    Comparator<Explainer> newestFirst = Comparator.comparing((Explainer e) -> e.meta().date())
        .reversed().thenComparing(Explainer::slug);
    return site.explainers().stream()
        .filter(b -> !b.equals(a))
        .map(b -> new Candidate(b, RelatedExplainers.LINK_WEIGHT * links(a, b, connections)
            + RelatedExplainers.TOPIC_WEIGHT * shared(topics(a), topics(b))
            + RelatedExplainers.PERSON_WEIGHT
                * shared(people(a, connections), people(b, connections))))
        .filter(c -> c.score() > 0)
        .sorted(Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(Candidate::explainer, newestFirst))
        .limit(RelatedExplainers.LIMIT)
        .map(c -> new Scored(c.explainer().slug(), c.score()))
        .toList();
  }

  private static int links(Explainer a, Explainer b, Connections connections) {
    return (int) connections.links().edges().stream()
        .filter(e -> e.fromSlug().equals(a.slug()) && e.toSlug().equals(b.slug())
            || e.fromSlug().equals(b.slug()) && e.toSlug().equals(a.slug()))
        .count();
  }

  private static Set<String> topics(Explainer explainer) {
    Set<String> topics = new HashSet<>();
    explainer.meta().tags().forEach(tag -> topics.add(Slugs.of(tag)));
    return topics;
  }

  private static Set<String> people(Explainer explainer, Connections connections) {
    Set<String> people = new HashSet<>();
    connections.people().people().stream()
        .filter(p -> p.explainerSlugs().contains(explainer.slug()))
        .forEach(p -> people.add(p.slug()));
    return people;
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size();
  }
}
