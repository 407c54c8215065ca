package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Paging;
import dev.backstory.model.Question;
import dev.backstory.model.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The question index: every question of every explainer under each topic of its explainer
 * (explainers without topics under "Other questions"), cut into pages so that no page grows
 * with the site. A topic may run on from one page to the next.
 */
final class QuestionIndex {

  /** A page of the index lists this many questions for each explainer a list page lists. */
  static final int QUESTIONS_PER_LISTED_EXPLAINER = 10;

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

  private QuestionIndex(List<Group> groups, int perPage, int total) {
    this.groups = groups;
    this.perPage = perPage;
    this.total = total;
  }

  static QuestionIndex of(Site site) {
    List<Group> groups = new ArrayList<>();
    int total = 0;
    for (var topic : site.topics()) {
      List<Explainer> explainers =
          topic.explainerSlugs().stream().map(slug -> site.bySlug(slug).orElseThrow()).toList();
      total += add(groups, topic.name(), topic.slug(), "topic-" + topic.slug(), explainers, total);
    }
    List<Explainer> untagged = site.explainers().stream()
        .filter(e -> e.meta().tags().isEmpty()).toList();
    total += add(groups, "Other questions", null, "other-questions", untagged, total);
    return new QuestionIndex(List.copyOf(groups), site.config().pageSize()
        * QUESTIONS_PER_LISTED_EXPLAINER, total);
  }

  /** Adds a group unless it has no questions, and returns how many it has. */
  private static int add(List<Group> groups, String name, String topicSlug, String anchor,
      List<Explainer> explainers, int first) {
    int count = explainers.stream().mapToInt(e -> e.questions().size()).sum();
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
    int from = (page - 1) * perPage;
    int to = Math.min(total, from + perPage);
    List<Slice> slices = new ArrayList<>();
    for (Group group : groups) {
      if (group.first() >= to) {
        break;
      }
      if (group.first() + group.questionCount() <= from) {
        continue;
      }
      List<Entry> entries = new ArrayList<>();
      int place = group.first();
      for (Explainer explainer : group.explainers()) {
        List<Question> questions = explainer.questions();
        for (int i = Math.max(0, from - place); i < questions.size() && place + i < to; i++) {
          entries.add(new Entry(explainer, questions.get(i)));
        }
        place += questions.size();
        if (place >= to) {
          break;
        }
      }
      slices.add(new Slice(group, group.first() < from, entries));
    }
    return slices;
  }
}
