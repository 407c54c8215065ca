package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class IdRegistryTest {

  private static final SourcePosition HEADING = new SourcePosition("content/a.md", 9, 1);
  private static final LayoutIds SHARE = new LayoutIds(
      Map.of("share", new SourcePosition("templates/partials/share.ftlh", 2, 14)));

  @Test
  void aQuestionStepsAsideFromAnIdTheThemeWrites() {
    IdRegistry ids = new IdRegistry(new ArrayList<>(), SHARE);
    assertEquals("share-2", ids.claimGenerated("Share?", HEADING));
    assertEquals("sources", ids.claimGenerated("Sources", HEADING));
  }

  @Test
  void anExplicitIdTheThemeWritesIsRefusedNamingWhereTheThemeWritesIt() {
    List<Diagnostic> problems = new ArrayList<>();
    assertFalse(new IdRegistry(problems, SHARE).claimExplicit("share", HEADING));
    assertEquals("content/a.md:9:1: error: id `share` is used by the page layout "
        + "(templates/partials/share.ftlh:2:14); choose another, such as `share-q`",
        problems.get(0).toString());
  }

  /** Numbered, a footnote's id would still be one, however high the number went. */
  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHeadingNamedLikeAFootnoteStepsAsideAtOnce() {
    IdRegistry ids = new IdRegistry(new ArrayList<>(), LayoutIds.NONE);
    assertEquals("fn-1-q", ids.claimGenerated("Fn 1", HEADING));
    assertEquals("fn-1-q-2", ids.claimGenerated("fn 1", HEADING));
    assertEquals("fnref-2-q", ids.claimGenerated("Fnref 2", HEADING));
    assertEquals("fnref-2-1-2", ids.claimGenerated("fnref 2 1", HEADING));
  }

  /** Without any theme's ids, the top of the page and the footnotes' ids are still kept. */
  @Test
  void everyPageKeepsTopAndTheFootnotesIds() {
    IdRegistry ids = new IdRegistry(new ArrayList<>(), LayoutIds.NONE);
    assertEquals("top-2", ids.claimGenerated("Top", HEADING));
    assertEquals("main", ids.claimGenerated("Main", HEADING));
    List<Diagnostic> problems = new ArrayList<>();
    assertFalse(new IdRegistry(problems, LayoutIds.NONE).claimExplicit("top", HEADING));
    assertFalse(new IdRegistry(problems, LayoutIds.NONE).claimExplicit("fnref-1-2", HEADING));
    assertEquals(List.of("content/a.md:9:1: error: id `top` is kept for the top of every page, "
        + "where browsers take `#top`; choose another, such as `top-q`",
        "content/a.md:9:1: error: id `fnref-1-2` is the form of a footnote's id; choose "
        + "another, such as `fnref-1-2-q`"), problems.stream().map(Object::toString).toList());
  }
}
