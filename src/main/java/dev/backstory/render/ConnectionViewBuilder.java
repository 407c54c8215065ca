package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Label;
import dev.backstory.model.Paging;
import dev.backstory.model.Question;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.WikiLinkRef;
import dev.backstory.render.ConnectionViews.BacklinkView;
import dev.backstory.render.ConnectionViews.PersonQuoteView;
import dev.backstory.render.ConnectionViews.PersonSummaryView;
import dev.backstory.render.ConnectionViews.PersonView;
import dev.backstory.render.ConnectionViews.QuestionLinkView;
import dev.backstory.render.ConnectionViews.QuestionTopicLinkView;
import dev.backstory.render.ConnectionViews.QuestionTopicView;
import dev.backstory.render.ConnectionViews.TimelineEntryView;
import dev.backstory.render.ConnectionViews.TimelineYearLinkView;
import dev.backstory.render.ConnectionViews.TimelineYearView;
import dev.backstory.render.Views.LinkView;
import dev.backstory.resolve.Connections;
import dev.backstory.resolve.LinkEdge;
import dev.backstory.resolve.Person;
import dev.backstory.resolve.PersonQuote;
import dev.backstory.resolve.ResolvedSite;
import dev.backstory.resolve.ResolvedWikiLink;
import dev.backstory.resolve.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the views of the site's connections for one page: an explainer's backlinks, related
 * explainers and link previews, and the people, timeline and question index pages. Every href
 * is relative to that page.
 */
final class ConnectionViewBuilder {

  static final String PREVIEW_SCRIPT = "previews.js";
  /** The id of an explainer's short answer, where a link from it is referenced. */
  private static final String SHORT_ANSWER = SearchIndexWriter.SHORT_ANSWER;

  private final ResolvedSite resolved;
  private final Site site;
  private final Connections connections;
  private final ViewBuilder views;

  /** @param views the page's view builder, whose hrefs start from that page */
  ConnectionViewBuilder(ResolvedSite resolved, Connections connections, ViewBuilder views) {
    this.resolved = resolved;
    this.site = resolved.site();
    this.connections = connections;
    this.views = views;
  }

  ViewBuilder.Connected explainer(Explainer explainer) {
    Map<String, List<BacklinkView>> referencedIn = new TreeMap<>();
    for (Question question : explainer.questions()) {
      referencedIn.put(question.id(), backlinks(connections.links().into(explainer.slug(), question.id())));
    }
    List<LinkView> linkedFrom = connections.links().explainersLinkingTo(explainer.slug()).stream()
        .map(this::explainer)
        .map(from -> new LinkView(from.title(), views.href(Routes.explainer(from.slug()))))
        .toList();
    List<Views.ExplainerSummaryView> related = connections.related().of(explainer.slug()).stream()
        .map(scored -> views.summary(explainer(scored.slug())))
        .toList();
    Map<String, Object> previews = previews(explainer);
    return new ViewBuilder.Connected(referencedIn, linkedFrom, related,
        previews.isEmpty() ? null : TemplateEngine.html(Json.compact(previews)),
        views.href(Routes.asset(PREVIEW_SCRIPT)));
  }

  private String shortAnswer() {
    return site.config().labels().text(Label.SHORT_ANSWER);
  }

  /** One entry per referring question; the first link from it gives the context. */
  private List<BacklinkView> backlinks(List<LinkEdge> edges) {
    Map<String, BacklinkView> byQuestion = new LinkedHashMap<>();
    for (LinkEdge edge : edges) {
      Explainer from = explainer(edge.fromSlug());
      String anchor = edge.fromQuestion() == null ? SHORT_ANSWER : edge.fromQuestion();
      String text = edge.fromQuestion() == null ? shortAnswer()
          : from.question(edge.fromQuestion()).map(Question::title).orElse(from.title());
      byQuestion.putIfAbsent(from.slug() + "#" + anchor, new BacklinkView(text,
          views.href(Routes.explainer(from.slug())) + "#" + anchor, from.title(), edge.context()));
    }
    return List.copyOf(byQuestion.values());
  }

  /**
   * What a reader sees on hovering or focusing each link to another explainer: those that
   * leave this explainer, its own or in a question it includes from another, and those of
   * "Referenced in" and "Explainers that link here", back to the explainers that link here.
   * A preview gives the target explainer's title, and the question with its first sentences.
   * Keyed by the link's href, which is the same from every explainer page, as they all sit at
   * the same depth.
   */
  private Map<String, Object> previews(Explainer explainer) {
    List<LinkEdge> shown = new ArrayList<>(connections.links().from(explainer.slug()));
    for (WikiLinkRef include : explainer.wikiLinks()) {
      ResolvedWikiLink resolvedInclude = resolved.wikiLinksOf(explainer.slug())
          .get(include.written());
      if (include.include() && resolvedInclude != null && resolvedInclude.toQuestion() != null) {
        connections.links().from(resolvedInclude.toSlug()).stream()
            .filter(edge -> resolvedInclude.toQuestion().equals(edge.fromQuestion()))
            .forEach(shown::add);
      }
    }
    Map<String, Object> previews = new TreeMap<>();
    for (LinkEdge edge : shown) {
      putPreview(previews, explainer(edge.toSlug()), edge.toQuestion());
    }
    for (LinkEdge edge : connections.links().into(explainer.slug())) {
      putPreview(previews, explainer(edge.fromSlug()),
          edge.fromQuestion() == null ? SHORT_ANSWER : edge.fromQuestion());
    }
    for (String from : connections.links().explainersLinkingTo(explainer.slug())) {
      putPreview(previews, explainer(from), null);
    }
    return previews;
  }

  /** The preview of a link to explainer {@code to}, at {@code anchor} if it is a question. */
  private void putPreview(Map<String, Object> previews, Explainer to, String anchor) {
    String href = views.href(Routes.explainer(to.slug()));
    Map<String, Object> preview = new TreeMap<>();
    preview.put("explainer", to.title());
    Optional<Question> question = anchor == null ? Optional.empty() : to.question(anchor);
    if (question.isPresent()) {
      href += "#" + question.get().id();
      preview.put("question", question.get().title());
      preview.put("excerpt", resolved.readable(to.slug(), question.get().excerpt()));
    } else {
      if (SHORT_ANSWER.equals(anchor)) {
        href += "#" + SHORT_ANSWER;
        preview.put("question", shortAnswer());
      }
      preview.put("excerpt", to.meta().summary() != null ? to.meta().summary()
          : to.meta().dek() != null ? to.meta().dek() : "");
    }
    previews.put(href, preview);
  }

  /** @param personPages whether each person has a page to link to */
  List<PersonSummaryView> people(List<Person> shown, boolean personPages) {
    return shown.stream().map(person -> new PersonSummaryView(
        person.name(), personPages ? views.href(Routes.person(person.slug())) : null,
        person.role(),
        person.quotes().size(), person.explainerSlugs().size())).toList();
  }

  /** {@code person}, with the quotes of theirs that page {@code page} shows. */
  PersonView person(Person person, int page, int pageSize) {
    List<PersonQuoteView> quotes = new ArrayList<>();
    for (PersonQuote quote : Paging.page(person.quotes(), page, pageSize)) {
      Explainer explainer = explainer(quote.explainerSlug());
      String explainerHref = views.href(Routes.explainer(explainer.slug()));
      Question question = quote.questionId() == null ? null
          : explainer.question(quote.questionId()).orElse(null);
      quotes.add(new PersonQuoteView(quote.text(), quote.role(),
          question == null ? shortAnswer() : question.title(),
          explainerHref + "#" + (question == null ? SHORT_ANSWER : question.id()),
          explainer.title(), explainerHref));
    }
    return new PersonView(person.name(), person.role(), person.affiliation(), quotes,
        Paging.firstIndex(page, pageSize) + 1);
  }

  /**
   * What a page of the timeline shows.
   *
   * @param years each year's events, years in order
   * @param slices the part of each year the page shows
   */
  List<TimelineYearView> timeline(List<List<TimelineEntry>> years, List<Paging.Slice> slices) {
    List<TimelineYearView> shown = new ArrayList<>();
    for (Paging.Slice slice : slices) {
      List<TimelineEntry> events = years.get(slice.group());
      shown.add(new TimelineYearView(events.get(0).date().year(), slice.continued(),
          slice.from() + 1, events.subList(slice.from(), slice.to()).stream()
              .map(this::timelineEntry).toList()));
    }
    return shown;
  }

  /** Where each year of the timeline begins, {@code perPage} events a page, for a list. */
  List<TimelineYearLinkView> timelineYears(List<List<TimelineEntry>> years, int perPage) {
    List<TimelineYearLinkView> links = new ArrayList<>();
    int first = 0;
    for (List<TimelineEntry> events : years) {
      int year = events.get(0).date().year();
      links.add(new TimelineYearLinkView(year,
          views.href(Routes.timelinePage(Paging.pageOf(first, perPage))) + "#year-" + year,
          events.size()));
      first += events.size();
    }
    return links;
  }

  private TimelineEntryView timelineEntry(TimelineEntry entry) {
    Explainer explainer = explainer(entry.explainerSlug());
    String explainerHref = views.href(Routes.explainer(explainer.slug()));
    return new TimelineEntryView(views.date(entry.date()), entry.event(),
        entry.questionId() == null ? explainerHref : explainerHref + "#" + entry.questionId(),
        explainer.title(), explainerHref);
  }

  /** What page {@code page} of the question index shows, with hrefs from that page. */
  List<QuestionTopicView> questionIndex(QuestionIndex index, int page) {
    List<QuestionTopicView> topics = new ArrayList<>();
    for (QuestionIndex.Slice slice : index.page(page)) {
      QuestionIndex.Group group = slice.group();
      List<QuestionLinkView> links = new ArrayList<>();
      for (QuestionIndex.Entry entry : slice.entries()) {
        links.add(new QuestionLinkView(entry.question().title(),
            views.href(Routes.explainer(entry.explainer().slug())) + "#" + entry.question().id(),
            entry.explainer().title()));
      }
      topics.add(new QuestionTopicView(group.name(),
          group.topicSlug() == null ? null : views.href(Routes.topic(group.topicSlug())),
          group.anchor(), slice.continued(), links));
    }
    return topics;
  }

  /** Where each topic of the question index begins, for a list of them. */
  List<QuestionTopicLinkView> questionTopics(QuestionIndex index) {
    return index.groups().stream().map(group -> new QuestionTopicLinkView(group.name(),
        views.href(Routes.questionsPage(index.pageOf(group))) + "#" + group.anchor(),
        group.questionCount())).toList();
  }

  /** Hrefs of person pages from this page, by speaker as quotes write them. */
  Map<String, String> personHrefs() {
    Map<String, String> hrefs = new TreeMap<>();
    connections.people().slugBySpeaker().forEach((speaker, slug) ->
        hrefs.put(speaker, views.href(Routes.person(slug))));
    return hrefs;
  }

  private Explainer explainer(String slug) {
    return site.bySlug(slug).orElseThrow();
  }
}
