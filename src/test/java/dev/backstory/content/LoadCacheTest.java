package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadCacheTest {

  private static final LayoutIds SHARE = new LayoutIds(
      Map.of("share", SourcePosition.startOf("templates/partials/share.ftlh")));

  @TempDir Path content;

  /**
   * The preview keeps what each explainer loaded to while the theme's ids stay the same, and
   * loads every explainer again when they change, as its questions' ids may change with them.
   */
  @Test
  void explainersAreLoadedAgainOnlyWhenTheThemesIdsChange() throws IOException {
    Files.writeString(content.resolve("a.md"), """
        ---
        title: "Why share?"
        date: 2024-01-02
        ---
        Because.

        ## Share?

        Yes.
        """);
    LoadCache cache = new LoadCache();
    LoadedExplainer first = load(cache, LayoutIds.NONE);
    assertEquals("share", first.explainer().questions().get(0).id());
    assertSame(first, load(cache, LayoutIds.NONE));

    LoadedExplainer withShare = load(cache, SHARE);
    assertNotSame(first, withShare);
    assertEquals("share-2", withShare.explainer().questions().get(0).id());
    assertSame(withShare, load(cache, new LayoutIds(SHARE.ids())));

    assertEquals("share", load(cache, LayoutIds.NONE).explainer().questions().get(0).id());
  }

  private LoadedExplainer load(LoadCache cache, LayoutIds layoutIds) throws IOException {
    return new ContentLoader(content, "content", layoutIds, cache).load(new Diagnostics())
        .orElseThrow().explainers().get(0);
  }
}
