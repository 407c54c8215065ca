package dev.backstory.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.CaseSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus: reproducible, realistic in shape, and accepted by the build. */
class CorpusGeneratorTest {

  @TempDir Path temp;

  @Test
  void sameSeedGivesTheSameCorpusAndAnotherSeedADifferentOne() throws IOException {
    CorpusGenerator.Corpus first = new CorpusGenerator(7).write(temp.resolve("a"), 40);
    CorpusGenerator.Corpus again = new CorpusGenerator(7).write(temp.resolve("b"), 40);
    new CorpusGenerator(8).write(temp.resolve("c"), 40);
    assertEquals(first.bytes(), again.bytes());
    try (var files = Files.list(temp.resolve("a"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertEquals(Files.readString(file), Files.readString(temp.resolve("b").resolve(
            file.getFileName())), file.getFileName() + " differs between runs with one seed");
      }
    }
    assertNotEquals(new CorpusGenerator(7).explainer(3, 40).markdown(),
        new CorpusGenerator(8).explainer(3, 40).markdown());
  }

  @Test
  void explainersHaveTheShapeOfRealOnes() {
    CorpusGenerator generator = new CorpusGenerator(11);
    Pattern crossLink = Pattern.compile("\\]\\(e\\d{6}-[a-z]+-[a-z]+\\.md#[a-z]+-\\d\\)");
    int quotes = 0;
    int tables = 0;
    for (int i = 0; i < 200; i++) {
      String markdown = generator.explainer(i, 200).markdown();
      int bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 4000 && bytes <= 8600, "explainer " + i + " is " + bytes + " bytes");
      long questions = markdown.lines().filter(l -> l.startsWith("## ")).count();
      assertTrue(questions >= 5 && questions <= 7, "explainer " + i + ": " + questions);
      long links = crossLink.matcher(markdown).results().count();
      assertTrue(links >= 2 && links <= 4, "explainer " + i + ": " + links + " cross-links");
      quotes += markdown.contains("\n> — ") ? 1 : 0;
      tables += markdown.contains("| --- |") ? 1 : 0;
    }
    assertTrue(quotes > 100, quotes + " of 200 explainers quote someone");
    assertTrue(tables > 5 && tables < 100, tables + " of 200 explainers have a table");
  }

  @Test
  void theCorpusBuildsWithoutAnyDiagnosticAndTheSiteIsComplete() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(3);
    CorpusGenerator.Corpus corpus = generator.write(temp.resolve("content"), 120);
    Path site = temp.resolve("site");
    CaseSite.Run run = CaseSite.runRaw("build", "--content", corpus.content().toString(),
        "--templates", CaseSite.REPO.resolve("templates").toString(),
        "--output", site.toString());

    assertEquals("", run.err());
    assertEquals(0, run.exitCode());
    SiteCheck.Result result = SiteCheck.check(site, generator, corpus);
    assertEquals(java.util.List.of(), result.problems());
    assertEquals(120, result.explainerPages());
    assertTrue(result.crossLinks() >= 240, result.crossLinks() + " cross-links");
  }

  @Test
  void theCheckNoticesAMissingQuestion() throws IOException {
    CorpusGenerator generator = new CorpusGenerator(3);
    CorpusGenerator.Corpus corpus = generator.write(temp.resolve("content"), 20);
    Path site = temp.resolve("site");
    CaseSite.runRaw("build", "--content", corpus.content().toString(),
        "--templates", CaseSite.REPO.resolve("templates").toString(),
        "--output", site.toString());
    CorpusGenerator.Plan plan = generator.plan(5);
    Path page = site.resolve(plan.slug()).resolve("index.html");
    String id = plan.questionIds().get(1);
    Files.writeString(page, Files.readString(page).replace("id=\"" + id + "\"", "id=\"gone\""));

    SiteCheck.Result result = SiteCheck.check(site, generator, corpus);
    assertTrue(result.problems().contains(page + ": no question #" + id), result.problems()::toString);
  }
}
