package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Label;
import dev.backstory.model.Paging;
import dev.backstory.model.Question;
import dev.backstory.model.Site;
import dev.backstory.model.Slugs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The question index: every question of every explainer under each topic of its explainer
 * (explainers without topics under "Other questions"), cut into pages so that no page grows
 * with the site. A topic may run on from one page to the next.
 */
final class QuestionIndex {

  /**
   * A topic of the index, or the questions of explainers without topics.
   *
   * @param topicSlug null for explainers without topics
   * @param anchor the id of its heading
   * @param from where its explainers begin in the index's row of explainers
   * @param to where they end, exclusive
   * @param first the place of its first question in the whole index, from 0
   */
  record Group(String name, String topicSlug, String anchor, int from, int to,
      int questionCount, int first) {}

  /** The part of a group one page shows; {@code continued} when it began on an earlier page. */
  record Slice(Group group, boolean continued, List<Entry> entries) {}

  record Entry(Explainer explainer, Question question) {}

  /** The site whose explainers the pages show. */
  private final Site site;
  private final List<Group> groups;
  private final int perPage;
  private final int total;
  /**
   * Every group's explainers in a row, by slug, and how many questions each has: the layout
   * as two flat arrays, which a preview compares and searches on every save without visiting
   * thousands of explainers scattered across memory.
   */
  private final String[] slugs;
  private final int[] questionCounts;

  private QuestionIndex(Site site, List<Group> groups, int perPage, int total, String[] slugs,
      int[] questionCounts) {
    this.site = site;
    this.groups = groups;
    this.perPage = perPage;
    this.total = total;
    this.slugs = slugs;
    this.questionCounts = questionCounts;
  }

  /** @param perPage how many questions a page lists */
  static QuestionIndex of(Site site, int perPage) {
    // One pass over the explainers, newest first as topics list them, with a lookup of a few
    // dozen topics for each tag rather than one of thousands of explainers for each member:
    // a preview asks for the index on every save.
    Map<String, List<Explainer>> byTopic = new HashMap<>();
    Map<String, String> slugOfTag = new HashMap<>();
    List<Explainer> untagged = new ArrayList<>();
    for (Explainer explainer : site.explainers()) {
      if (explainer.meta().tags().isEmpty()) {
        untagged.add(explainer);
      }
      for (String tag : explainer.meta().tags()) {
        List<Explainer> members = byTopic.computeIfAbsent(
            slugOfTag.computeIfAbsent(tag, Slugs::of), slug -> new ArrayList<>());
        // Two tags of one explainer may name the same topic; it is listed there once.
        if (members.isEmpty() || members.get(members.size() - 1) != explainer) {
          members.add(explainer);
        }
      }
    }
    Layout layout = new Layout();
    for (var topic : site.topics()) {
      layout.add(topic.name(), topic.slug(), "topic-" + topic.slug(), byTopic.get(topic.slug()));
    }
    layout.add(site.config().labels().text(Label.OTHER_QUESTIONS), null, "other-questions",
        untagged);
    return new QuestionIndex(site, List.copyOf(layout.groups), perPage, layout.total,
        layout.slugs.toArray(String[]::new),
        layout.questionCounts.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The index of {@code site}, worked out from {@code before}'s when it can be: a preview's
   * save mostly keeps the site's order and topics (the very same lists), and then the layout
   * differs only if an explainer the save changed has more or fewer questions. That is one
   * pass over the explainers comparing references, where the index made afresh visits every
   * explainer's tags and questions.
   *
   * @param before an index of an earlier site, or null
   */
  static QuestionIndex of(Site site, int perPage, QuestionIndex before) {
    if (before == null || before.perPage != perPage || before.site.slugs() != site.slugs()
        || before.site.topics() != site.topics()) {
      return of(site, perPage);
    }
    List<Explainer> now = site.explainers();
    List<Explainer> was = before.site.explainers();
    for (int i = 0; i < now.size(); i++) {
      if (now.get(i) != was.get(i)
          && now.get(i).questions().size() != was.get(i).questions().size()) {
        return of(site, perPage);
      }
    }
    return new QuestionIndex(site, before.groups, perPage, before.total, before.slugs,
        before.questionCounts);
  }

  /** Whether this index is {@code other}'s layout, carried over to a later site. */
  boolean sharesLayoutWith(QuestionIndex other) {
    return slugs == other.slugs;
  }

  /** The groups as they are added, their explainers in one row. */
  private static final class Layout {
    final List<Group> groups = new ArrayList<>();
    final List<String> slugs = new ArrayList<>();
    final List<Integer> questionCounts = new ArrayList<>();
    int total;

    /** Adds a group unless it has no questions. */
    void add(String name, String topicSlug, String anchor, List<Explainer> explainers) {
      int from = slugs.size();
      int count = 0;
      for (Explainer explainer : explainers) {
        slugs.add(explainer.slug());
        questionCounts.add(explainer.questions().size());
        count += explainer.questions().size();
      }
      if (count > 0) {
        groups.add(new Group(name, topicSlug, anchor, from, slugs.size(), count, total));
        total += count;
      } else {
        slugs.subList(from, slugs.size()).clear();
        questionCounts.subList(from, questionCounts.size()).clear();
      }
    }
  }

  int pages() {
    return Paging.count(total, perPage);
  }

  List<Group> groups() {
    return groups;
  }

  /** The page (from 1) that shows the group's heading. */
  int pageOf(Group group) {
    return Paging.pageOf(group.first(), perPage);
  }

  /** What page {@code page} (from 1) shows: a run of questions, by group. */
  List<Slice> page(int page) {
    int[] sizes = groups.stream().mapToInt(Group::questionCount).toArray();
    List<Slice> slices = new ArrayList<>();
    for (Paging.Slice part : Paging.slices(sizes, page, perPage)) {
      Group group = groups.get(part.group());
      List<Entry> entries = new ArrayList<>();
      int place = 0; // the place of the explainer's first question in the group
      for (int e = group.from(); e < group.to() && place < part.to(); e++) {
        int count = questionCounts[e];
        if (place + count > part.from()) {
          Explainer explainer = site.bySlug(slugs[e]).orElseThrow();
          List<Question> questions = explainer.questions();
          for (int i = Math.max(0, part.from() - place); i < count && place + i < part.to();
              i++) {
            entries.add(new Entry(explainer, questions.get(i)));
          }
        }
        place += count;
      }
      slices.add(new Slice(group, part.continued(), entries));
    }
    return slices;
  }

  /** The pages (from 1) that list a question of one of the explainers {@code changed}. */
  Set<Integer> pagesShowing(Set<String> changed) {
    Set<Integer> pages = new TreeSet<>();
    int place = 0;
    for (int i = 0; i < slugs.length; i++) {
      int count = questionCounts[i];
      if (count > 0 && changed.contains(slugs[i])) {
        for (int page = Paging.pageOf(place, perPage);
            page <= Paging.pageOf(place + count - 1, perPage); page++) {
          pages.add(page);
        }
      }
      place += count;
    }
    return pages;
  }

  /**
   * Whether both indexes have the same topics and explainers, in the same order and with as
   * many questions each, so that every question stands on the same page in both.
   */
  boolean sameLayout(QuestionIndex other) {
    if (perPage != other.perPage || groups.size() != other.groups.size()
        || !Arrays.equals(questionCounts, other.questionCounts)
        || !Arrays.equals(slugs, other.slugs)) {
      return false;
    }
    for (int g = 0; g < groups.size(); g++) {
      Group one = groups.get(g);
      Group two = other.groups.get(g);
      if (!one.anchor().equals(two.anchor()) || !one.name().equals(two.name())
          || one.first() != two.first() || one.to() != two.to()) {
        return false;
      }
    }
    return true;
  }
}
