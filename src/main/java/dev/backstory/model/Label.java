package dev.backstory.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase Backstory writes into pages itself rather than through a template: the titles and
 * descriptions of the pages it makes, the line over an included question, the kinds of
 * correction, the names of a table's scrolling box and of a note's way back to the text. Each
 * has its English wording;
 * {@code labels:} in {@code site.yaml} gives another, for a site in another language.
 */
public enum Label {
  SHORT_ANSWER("shortAnswer", "The short answer"),
  LATER_PAGE("laterPage", "{title}, page {page} of {pages}", "title", "page", "pages"),
  ARCHIVE_TITLE("archiveTitle", "Latest explainers"),
  TOPIC_DESCRIPTION("topicDescription", "Explainers on {topic}", "topic"),
  SEARCH_TITLE("searchTitle", "Search"),
  SEARCH_DESCRIPTION("searchDescription", "Search every explainer and question."),
  NOT_FOUND_TITLE("notFoundTitle", "Page not found"),
  NOT_FOUND_DESCRIPTION("notFoundDescription", "There is no page at this address."),
  PEOPLE_TITLE("peopleTitle", "People quoted"),
  PEOPLE_DESCRIPTION("peopleDescription", "Everyone quoted in these explainers, and where."),
  PERSON_DESCRIPTION("personDescription",
      "What {name} is quoted as saying in these explainers.", "name"),
  TIMELINE_TITLE("timelineTitle", "Timeline"),
  TIMELINE_DESCRIPTION("timelineDescription", "Every dated event in these explainers, in order."),
  QUESTIONS_TITLE("questionsTitle", "Every question"),
  QUESTIONS_DESCRIPTION("questionsDescription",
      "Every question these explainers answer, by topic."),
  OTHER_QUESTIONS("otherQuestions", "Other questions"),
  INCLUDED_FROM("includedFrom", "From: {explainer}", "explainer"),
  INCLUDED_UPDATED("includedUpdated", "(updated {date})", "date"),
  INCLUDED_LINK("includedLink", "See {question}.", "question"),
  CORRECTION("correction", "Correction"),
  CLARIFICATION("clarification", "Clarification"),
  UPDATE("update", "Update"),
  TABLE("table", "Table"),
  NOTE_BACK("noteBack", "Back to the text");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

  private final String key;
  private final String english;
  private final List<String> placeholders;

  Label(String key, String english, String... placeholders) {
    this.key = key;
    this.english = english;
    this.placeholders = List.of(placeholders);
  }

  /** The label's name in {@code site.yaml}. */
  public String key() {
    return key;
  }

  public String english() {
    return english;
  }

  /** What the label's text may name in braces, such as {@code topic} for {@code {topic}}. */
  public List<String> placeholders() {
    return placeholders;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Label::key).toList();
  }

  /** The placeholders {@code text} names that this label has not, such as {@code {seite}}. */
  public List<String> unknownPlaceholders(String text) {
    List<String> unknown = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!placeholders.contains(m.group(1))) {
        unknown.add(m.group());
      }
    }
    return unknown;
  }

  /**
   * {@code text} with each placeholder replaced by the value at its place in the list, and
   * each piece of the text around them passed through {@code literal}.
   */
  String fill(String text, UnaryOperator<String> literal, String... values) {
    StringBuilder filled = new StringBuilder();
    int last = 0;
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      filled.append(literal.apply(text.substring(last, m.start())))
          .append(values[placeholders.indexOf(m.group(1))]);
      last = m.end();
    }
    return filled.append(literal.apply(text.substring(last))).toString();
  }
}
