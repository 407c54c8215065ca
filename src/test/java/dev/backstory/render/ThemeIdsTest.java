package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeIdsTest {

  /**
   * The ids the default theme gave its own elements when they were a list kept by hand, less
   * {@code top}, which every page keeps whatever its theme.
   */
  private static final Set<String> LISTED_BY_HAND = Set.of("main", "headline", "site-search-q",
      "short-answer", "short-answer-label", "in-this-explainer", "toc-label", "timeline",
      "timeline-label", "sources", "sources-label", "corrections", "corrections-label",
      "topics", "topics-label", "footnotes", "notes-label", "related", "related-label",
      "backlinks", "backlinks-label", "link-previews", "link-preview");

  @TempDir Path temp;

  @Test
  void theDefaultThemeReservesWhatTheListKeptByHandHeldAndTheIdsOfItsOtherPages()
      throws IOException {
    Set<String> found = ThemeIds.of(Path.of("templates"), "templates").ids().keySet();
    Set<String> missing = new TreeSet<>(LISTED_BY_HAND);
    missing.removeAll(found);
    assertEquals(Set.of(), missing, "ids the layout writes that a heading could take");
    Set<String> more = new TreeSet<>(found);
    more.removeAll(LISTED_BY_HAND);
    assertEquals("[explainers-label, latest-label, question-topics-label, search-form, search-q, "
        + "search-results, search-status, timeline-years-label]", more.toString());
  }

  @Test
  void eachIdIsToldWhereTheThemeFirstWritesIt() throws IOException {
    Map<String, SourcePosition> ids = ThemeIds.of(Path.of("templates"), "templates").ids();
    assertEquals("templates/layout.ftlh:9:11", ids.get("main").toString());
    assertEquals("templates/assets/previews.js:13:13", ids.get("link-preview").toString());
  }

  /**
   * FreeMarker inside and around HTML tags: a directive between attributes, an interpolation
   * holding quotes and {@code >}, comments of both kinds, and values quoted every way.
   */
  @Test
  void readsLiteralIdsThroughFreeMarkerAndHtmlSyntax() {
    String template = """
        <#-- <div id="in-ftl-comment"> -->
        <!-- <div id="in-html-comment"> -->
        <li<#if current> class="on"</#if> id="after-directive">
        <div <#if x > id="conditional"</#if>>
        <p title="${a?then("x>y", 'q"')}" ID='single'>
        <span id=bare class=c><span data-id="not-an-id">
        <tr id="a&amp;b"><td id="${q.id}"><td id="year-${y.year?c}"><td id="#{n}">
        <td id="<#if a>one<#else>two</#if>"><td id=""><td id="two words">
        <@card id="macro-argument"/><#assign s = "<b id='in-string'>">
        <textarea><b id="in-textarea"></b></textarea>
        <script>var t = document.createElement('div'); t.id = 'made-by-script';
        if (a<b) { t.setAttribute("id", "set-by-script"); t.dataset.id = 'data'; }</script>
        <section id="last">""";
    assertEquals("""
        a&b 7:9
        after-directive 3:39
        bare 6:10
        conditional 4:19
        last 13:14
        made-by-script 11:56
        set-by-script 12:34
        single 5:39""", listed(ThemeIds.inTemplate(template, "t.ftlh")));
  }

  @Test
  void readsIdsAScriptSetsFromALiteral() {
    String script = """
        tip.id = 'tip';
        box.setAttribute('id', "box");
        row.id = `row-${n}`;
        if (tip.id === 'tip2' || tip.id == "tip3") {}
        el.id = name;
        """;
    assertEquals("""
        box 2:25
        tip 1:11""", listed(ThemeIds.inScript(script, "s.js")));
  }

  @Test
  void aFileLinkedFromOutsideTheThemeIsNotRead() throws IOException {
    Path outside = Files.writeString(temp.resolve("outside.ftlh"), "<p id=\"outside\">");
    Path theme = Files.createDirectories(temp.resolve("templates"));
    Files.writeString(theme.resolve("explainer.ftlh"), "<p id=\"inside\">");
    Files.createSymbolicLink(theme.resolve("linked.ftlh"), outside);
    assertEquals(Set.of("inside"), ThemeIds.of(theme, "templates").ids().keySet());
  }

  private static String listed(Map<String, SourcePosition> ids) {
    return ids.entrySet().stream()
        .map(id -> id.getKey() + " " + id.getValue().line() + ":" + id.getValue().column())
        .collect(Collectors.joining("\n"));
  }
}
