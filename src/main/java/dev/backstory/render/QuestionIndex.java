package dev.backstory.render;

import dev.backstory.model.Explainer;
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
   * @param first the place of its first question in the whole index, from 0
   */
  record Group(String name, String topicSlug, String anchor, List<Explainer> explainers,
      int questionCount, int first) {}

  /** The part of a group one page shows; {@code continued} when it began on an earlier page. */
  record Slice(Group group, boolean continued, List<Entry> entries) {}

  record Entry(Explainer explainer, Question question) {}

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

  private QuestionIndex(List<Group> groups, int perPage, int total) {
    this.groups = groups;
    this.perPage = perPage;
    this.total = total;
    int entries = groups.stream().mapToInt(group -> group.explainers().size()).sum();
    slugs = new String[entries];
    questionCounts = new int[entries];
    int i = 0;
    for (Group group : groups) {
      for (Explainer explainer : group.explainers()) {
        slugs[i] = explainer.slug();
        questionCounts[i++] = explainer.questions().size();
      }
    }
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
    List<Group> groups = new ArrayList<>();
    int total = 0;
    for (var topic : site.topics()) {
      total += add(groups, topic.name(), topic.slug(), "topic-" + topic.slug(),
          byTopic.get(topic.slug()), total);
    }
    total += add(groups, "Other questions", null, "other-questions", untagged, total);
    return new QuestionIndex(List.copyOf(groups), perPage, total);
  }

  /** Adds a group unless it has no questions, and returns how many it has. */
  private static int add(List<Group> groups, String name, String topicSlug, String anchor,
      List<Explainer> explainers, int first) {
    int count = 0;
    for (Explainer explainer : explainers) {
      count += explainer.questions().size();
    }
    if (count > 0) {
      groups.add(new Group(name, topicSlug, anchor, explainers, count, first));
    }
    return count;
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
      for (Explainer explainer : group.explainers()) {
        List<Question> questions = explainer.questions();
        for (int i = Math.max(0, part.from() - place);
            i < questions.size() && place + i < part.to(); i++) {
          entries.add(new Entry(explainer, questions.get(i)));
        }
        place += questions.size();
        if (place >= part.to()) {
          break;
        }
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
          || one.first() != two.first() || one.explainers().size() != two.explainers().size()) {
        return false;
      }
    }
    return true;
  }
}
