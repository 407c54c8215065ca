package dev.backstory.resolve;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstory.CaseSite;
import dev.backstory.FuzzInvariant;
import dev.backstory.content.ContentFiles;
import dev.backstory.content.ContentLoader;
import dev.backstory.content.LoadedContent;
import dev.backstory.content.LoadedExplainer;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Explainer;
import dev.backstory.model.LinkRef;
import dev.backstory.model.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the reference resolver with arbitrary link targets written in a small real site:
 * each is resolved or reported at the link's own place, never an exception.
 */
class LinkResolverFuzzTest {

  private static final Path CONTENT = content();
  private static final Site SITE;

  static {
    try {
      Diagnostics diagnostics = new Diagnostics();
      LoadedContent loaded = new ContentLoader(CONTENT, "content").load(diagnostics).orElseThrow();
      SITE = Site.of(loaded.config(),
          loaded.explainers().stream().map(LoadedExplainer::explainer).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path content() {
    try {
      Path root = CaseSite.temporaryFolder("backstory-fuzz-links");
      Files.createDirectories(root.resolve("sub"));
      Files.writeString(root.resolve("a.md"),
          "---\ntitle: \"A?\"\ndate: 2023-09-01\n---\nShort.\n\n## First? {#first}\n\nText.\n");
      Files.writeString(root.resolve("sub/b.md"),
          "---\ntitle: \"B?\"\ndate: 2023-09-02\n---\nShort.\n\n## Second? {#second}\n\nText.\n");
      Files.writeString(root.resolve("sub/file name.pdf"), "%PDF-1.4");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyLinkTargetResolvesOrIsReportedWhereItWasWritten(FuzzedDataProvider data) {
    Explainer from = SITE.explainers().get(data.consumeBoolean() ? 0 : 1);
    List<LinkRef> links = new ArrayList<>();
    int count = data.consumeInt(1, 4);
    for (int i = 0; i < count; i++) {
      links.add(new LinkRef(data.consumeString(200), data.consumeBoolean(), "first",
          new SourcePosition(from.sourceFile(), 9, 1 + i)));
    }
    Explainer fuzzed = new Explainer(from.slug(), from.sourceFile(), from.contentPath(),
        from.meta(), from.questions(), from.anchors(), links, from.quotes());
    List<Explainer> explainers = new ArrayList<>(SITE.explainers());
    explainers.set(explainers.indexOf(from), fuzzed);
    Diagnostics diagnostics = new Diagnostics();
    new LinkResolver(Site.of(SITE.config(), explainers), new ContentFiles(CONTENT))
        .resolve(diagnostics);
    FuzzInvariant.assertPositionsWithin(diagnostics.sorted(), 9);
  }
}
