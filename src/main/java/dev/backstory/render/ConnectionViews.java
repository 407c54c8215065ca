package dev.backstory.render;

import dev.backstory.render.Views.DateView;
import dev.backstory.render.Views.PageView;
import dev.backstory.render.Views.SiteView;
import java.util.List;

/**
 * View records for the pages and blocks that show how explainers connect: backlinks, people,
 * the merged timeline, the question index and redirects. Kept apart from {@link Views} so each
 * file changes for one reason. The same rules hold: hrefs are relative to the page, optional
 * fields are null, lists are never null.
 */
public final class ConnectionViews {

  private ConnectionViews() {}

  /**
   * A question (or short answer) in another explainer that links here.
   *
   * @param text the referring question's heading
   * @param context the sentence around the link, as plain text
   */
  public record BacklinkView(String text, String href, String explainerTitle, String context) {}

  /** Someone quoted, in the list of people; {@code href} is missing without person pages. */
  public record PersonSummaryView(
      String name, String href, String role, int quoteCount, int explainerCount) {}

  /** One quote on a person's page, with where it stands. */
  public record PersonQuoteView(String text, String role, String questionTitle, String questionHref,
      String explainerTitle, String explainerHref) {}

  /**
   * A person, with the quotes of theirs one page shows.
   *
   * @param start the place of the page's first quote among all of theirs, from 1
   */
  public record PersonView(String name, String role, String affiliation,
      List<PersonQuoteView> quotes, int start) {}

  /** An event on the site-wide timeline; {@code href} leads to the section or the explainer. */
  public record TimelineEntryView(
      DateView date, String event, String href, String explainerTitle, String explainerHref) {}

  /**
   * A year's events on one page of the timeline.
   *
   * @param continued whether the year began on an earlier page
   * @param start the place of the first of these events in the year, from 1
   */
  public record TimelineYearView(int year, boolean continued, int start,
      List<TimelineEntryView> entries) {}

  /** A year in the timeline's list of years: where it begins, and how many events it has. */
  public record TimelineYearLinkView(int year, String href, int count) {}

  /** A question in the question index. */
  public record QuestionLinkView(String title, String href, String explainerTitle) {}

  /**
   * A topic's questions on one page of the question index.
   *
   * @param href the topic's page, missing for the questions of explainers without topics
   * @param anchor the id of its heading
   * @param continued whether the topic began on an earlier page
   */
  public record QuestionTopicView(String name, String href, String anchor, boolean continued,
      List<QuestionLinkView> questions) {}

  /** A topic in the question index's list of topics: where it begins, and its size. */
  public record QuestionTopicLinkView(String name, String href, int count) {}

  /** The data model of {@code people.ftlh}: one page of the people index. */
  public record PeoplePage(SiteView site, PageView page, List<PersonSummaryView> people,
      Views.PaginationView pagination) {}

  /** The data model of {@code person.ftlh}: one page of a person's quotes. */
  public record PersonPage(SiteView site, PageView page, PersonView person,
      Views.PaginationView pagination) {}

  /**
   * The data model of {@code timeline.ftlh}: one page of the timeline.
   *
   * @param yearList every year of the timeline, on its first page only
   */
  public record TimelinePage(SiteView site, PageView page, List<TimelineYearView> years,
      List<TimelineYearLinkView> yearList, Views.PaginationView pagination) {}

  /**
   * The data model of {@code questions.ftlh}: one page of the question index.
   *
   * @param topicList every topic of the index, on its first page only
   */
  public record QuestionsPage(SiteView site, PageView page, List<QuestionTopicView> topics,
      List<QuestionTopicLinkView> topicList, Views.PaginationView pagination) {}

  /** The data model of {@code redirect.ftlh}: a page at an old URL that forwards to the new one. */
  public record RedirectPage(SiteView site, PageView page, String href, String title) {}
}
