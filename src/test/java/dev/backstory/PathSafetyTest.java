package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the content folder is read into the site, by relative path, absolute path
 * or symbolic link; and the build deletes only what it wrote itself.
 */
class PathSafetyTest {

  private static final String FRONT = "---\ntitle: \"What is A?\"\ndate: 2023-09-01\n---\n";

  @TempDir Path temp;

  private CaseSite project(String body) throws IOException {
    CaseSite site = CaseSite.of("-- content/a.md --\n" + FRONT + "Short.\n\n## Q? {#q}\n\n" + body, temp);
    Files.writeString(temp.resolve("secret.txt"), "the secret");
    Files.createDirectories(temp.resolve("private"));
    Files.writeString(temp.resolve("private/key.png"), "the key");
    return site;
  }

  private static List<Path> siteFiles(Path site) throws IOException {
    if (!Files.exists(site)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private void assertNoSecretCopied(CaseSite site) throws IOException {
    for (Path file : siteFiles(site.site())) {
      String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
      assertFalse(text.contains("the secret") || text.contains("the key"), file.toString());
    }
  }

  @Test
  void relativeAndAbsolutePathsOutOfTheContentFolderAreRefused() throws IOException {
    CaseSite site = project("[passwd](../../etc/passwd) ![s](../secret.txt) [abs](/etc/passwd)\n");
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    assertEquals("""
        content/a.md:9:1: error: `../../etc/passwd` points outside the content folder; only files inside it can be linked
        content/a.md:9:28: error: `../secret.txt` points outside the content folder; only files inside it can be linked
        content/a.md:9:48: error: `/etc/passwd` points outside the content folder; only files inside it can be linked
        3 errors in 1 file; site/ was left as it was""", run.errRelativeTo(temp).strip());
    assertNoSecretCopied(site);
  }

  @Test
  void symbolicLinksThatLeadOutAreRefused() throws IOException {
    CaseSite site = project("[file](secret.txt) ![dir](private/key.png)\n");
    Files.createSymbolicLink(temp.resolve("content/secret.txt"), temp.resolve("secret.txt"));
    Files.createSymbolicLink(temp.resolve("content/private"), temp.resolve("private"));
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    assertEquals("""
        content/a.md:9:1: error: `secret.txt` points outside the content folder; only files inside it can be linked
        content/a.md:9:20: error: `private/key.png` points outside the content folder; only files inside it can be linked
        2 errors in 1 file; site/ was left as it was""", run.errRelativeTo(temp).strip());
    assertNoSecretCopied(site);
  }

  /**
   * The theme's assets are published whole, and its partials printed into pages, so a link
   * among them that leads out of the templates folder is refused as one in the content folder
   * is, and `check` says so too.
   */
  @Test
  void themeFilesThatAreLinksLeadingOutAreRefused() throws IOException {
    CaseSite site = project("Text.\n");
    Path footer = temp.resolve("templates/partials/footer.ftlh");
    Files.move(footer, temp.resolve("footer.ftlh"));
    Files.createSymbolicLink(footer, temp.resolve("footer.ftlh"));
    Path assets = temp.resolve("templates/assets");
    Files.createSymbolicLink(assets.resolve("leak.txt"), temp.resolve("secret.txt"));
    Files.createSymbolicLink(assets.resolve("private"), temp.resolve("private"));
    Files.createSymbolicLink(assets.resolve("gone.css"), temp.resolve("nothing.css"));
    for (String command : List.of("check", "build")) {
      CaseSite.Run run = site.run(command);
      assertEquals(1, run.exitCode(), command);
      assertEquals("""
          content/a.md:1:1: warning: no `authors`: say who wrote or edited this [missing-byline]
          content/a.md:1:1: warning: no `dek`: add a one-sentence standfirst under the headline [missing-dek]
          templates/assets/gone.css:1:1: error: this file is a symbolic link to nothing.css, which does not exist
          templates/assets/leak.txt:1:1: error: this file is a symbolic link to secret.txt, outside the templates folder, and is neither read nor published; copy it in instead
          templates/assets/private:1:1: error: this file is a symbolic link to private, outside the templates folder, and is neither read nor published; copy it in instead
          templates/partials/footer.ftlh:1:1: error: this file is a symbolic link to footer.ftlh, outside the templates folder, and is neither read nor published; copy it in instead
          4 errors in 4 files""" + (command.equals("build") ? "; site/ was left as it was" : ""),
          run.errRelativeTo(temp).replace(temp.toRealPath() + "/", "").strip(), command);
    }
    assertNoSecretCopied(site);
  }

  @Test
  void hiddenFilesAmongTheAssetsAreNotPublished() throws IOException {
    CaseSite site = project("Text.\n");
    Path assets = temp.resolve("templates/assets");
    Files.writeString(assets.resolve(".style.css.swp"), "an editor's swap file");
    Files.createDirectories(assets.resolve(".git"));
    Files.writeString(assets.resolve(".git/config"), "a repository's settings");
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(site.site().resolve("assets/style.css")));
    assertFalse(Files.exists(site.site().resolve("assets/.style.css.swp")));
    assertFalse(Files.exists(site.site().resolve("assets/.git")));
  }

  @Test
  void themeAssetsMayBeLinksWithinTheTemplatesFolder() throws IOException {
    CaseSite site = project("Text.\n");
    Path templates = temp.resolve("templates");
    Files.createDirectories(templates.resolve("shared/fonts"));
    Files.writeString(templates.resolve("shared/fonts/face.woff2"), "a font");
    Files.createSymbolicLink(templates.resolve("assets/fonts"), templates.resolve("shared/fonts"));
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("a font", Files.readString(site.site().resolve("assets/fonts/face.woff2")));
  }

  /**
   * The files the build reads for themselves, not only those linked, stay inside the folder:
   * a secret's text quoted in a message would reach a build's log.
   */
  @Test
  void explainersPeopleAndSettingsThatAreLinksLeadingOutAreNotRead() throws IOException {
    CaseSite site = project("Text.\n");
    Files.writeString(temp.resolve("secret.txt"), "title: the secret: of the machine\n");
    Files.createDirectories(temp.resolve("content/people"));
    for (String name : List.of("b.md", "site.yaml", "people/kim.yaml")) {
      Files.createSymbolicLink(temp.resolve("content").resolve(name), temp.resolve("secret.txt"));
    }
    Files.createSymbolicLink(temp.resolve("content/again.md"), temp.resolve("content/a.md"));
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    String outside = "secret.txt"; // named in full, the project's folder taken out below
    assertEquals(List.of(
        "content/b.md:1:1: error: this file is a symbolic link to " + outside
            + ", outside the content folder, and is not read; copy the file in instead",
        "content/people/kim.yaml:1:1: error: this file is a symbolic link to " + outside
            + ", outside the content folder, and is not read; copy the file in instead",
        "content/site.yaml:1:1: error: this file is a symbolic link to " + outside
            + ", outside the content folder, and is not read; copy the file in instead",
        "3 errors in 3 files; site/ was left as it was"),
        run.errRelativeTo(temp.toRealPath()).lines().toList());
    assertNoSecretCopied(site);
  }

  @Test
  void aLeadImageOutsideTheContentFolderIsRefused() throws IOException {
    CaseSite site = CaseSite.of("-- content/a.md --\n" + FRONT.replace("---\n", "")
        .replace("title:", "---\ntitle:") + "image:\n  src: ../secret.txt\n  alt: a\n---\nShort.\n", temp);
    Files.writeString(temp.resolve("secret.txt"), "the secret");
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    assertEquals("content/a.md:5:8: error: image `../secret.txt` is outside the content folder; "
        + "move it inside", run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void symlinksInsideTheContentFolderStillWork() throws IOException {
    CaseSite site = project("[file](notes.txt)\n");
    Files.createDirectories(temp.resolve("content/files"));
    Files.writeString(temp.resolve("content/files/real.txt"), "inside");
    Files.createSymbolicLink(temp.resolve("content/notes.txt"), temp.resolve("content/files/real.txt"));
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("inside", Files.readString(site.site().resolve("media/notes.txt")));
  }

  /**
   * Once the new site is swapped in, a previous site that cannot be deleted is a warning that
   * says so, even under --strict, which is too late to keep the site from being written: the
   * build succeeded, and the next one is not stopped by the leftover either.
   */
  @Test
  void aPreviousSiteThatCannotBeDeletedLeavesTheNewOneInPlace() throws Exception {
    CaseSite site = project("Text.\n");
    assertEquals(0, site.run().exitCode());
    Path stuck = site.site().resolve("a/index.html");
    Assumptions.assumeTrue(immutable(stuck, true), "chattr +i works on this file system");
    try {
      // Written to build without a warning, so that --strict has only the late one to count.
      Files.writeString(temp.resolve("content/a.md"), FRONT.replace("---\ntitle",
          "---\ndek: \"A.\"\nauthors: [\"Desk\"]\ntitle") + "Short.\n\n## Q? {#q}\n\nNew text.\n");
      CaseSite.Run run = site.run("--strict");
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.errRelativeTo(temp).lines().anyMatch(line -> line.startsWith("site:1:1: "
          + "warning: the new site is in place, but the previous one, moved aside, could not be "
          + "deleted: ")), run.err());
      assertTrue(Files.readString(site.site().resolve("a/index.html")).contains("New text."));
      assertEquals(0, site.run("--strict").exitCode(), "a later build");
    } finally {
      try (Stream<Path> left = Files.list(temp)) {
        for (Path folder : left.filter(p -> p.getFileName().toString().startsWith(".site.old-"))
            .toList()) {
          immutable(folder.resolve("a/index.html"), false);
        }
      }
    }
  }

  private static boolean immutable(Path file, boolean on) throws Exception {
    Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", file.toString())
        .redirectErrorStream(true).start();
    chattr.getInputStream().readAllBytes();
    return chattr.waitFor() == 0;
  }

  /** A walk does not enter a starting folder that is a link: the build must, or find nothing. */
  @Test
  void aContentFolderThatIsASymbolicLinkIsReadWhereItLeads() throws IOException {
    CaseSite site = project("Text.\n");
    Files.move(temp.resolve("content"), temp.resolve("elsewhere"));
    Files.createSymbolicLink(temp.resolve("content"), temp.resolve("elsewhere"));
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Built 1 explainer"), run.out());
    assertTrue(Files.isRegularFile(site.site().resolve("a/index.html")));
  }

  @Test
  void anOutputThatALinkLeadsIntoTheContentIsRefused() throws IOException {
    CaseSite site = project("Text.\n");
    Files.createSymbolicLink(temp.resolve("linked"), temp.resolve("content"));
    CaseSite.Run run = site.run("--output", "linked/site");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.errRelativeTo(temp).contains("lies inside content"), run.err());
    assertFalse(Files.exists(temp.resolve("content/site")));
  }

  /** With the working folder as the content, the usual site/ would lie inside it. */
  @Test
  void aContentFolderThatIsTheWorkingFolderHoldsNoSite() throws IOException {
    Path output = Path.of("target/site-inside-the-content");
    CaseSite.Run run = CaseSite.runRaw("build", "--content", ".", "--output", output.toString(),
        "--templates", "templates");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("refusing to write the site to " + output), run.err());
    assertFalse(Files.exists(output));
  }

  /**
   * A site folder linked to the web server's: swapping a new folder in would replace the link
   * and leave the server's folder as it was, so the build names the folder to give instead.
   */
  @Test
  void anOutputThatIsASymbolicLinkIsRefusedNamingTheFolderItLeadsTo() throws IOException {
    CaseSite site = project("Text.\n");
    Path served = temp.resolve("www/html");
    assertEquals(0, site.run("--output", served.toString()).exitCode());
    byte[] home = Files.readAllBytes(served.resolve("index.html"));
    Files.createSymbolicLink(site.site(), served);
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    assertEquals("site:1:1: error: site is a symbolic link to www/html; the build "
        + "replaces its output folder whole, so give that folder as --output",
        run.errRelativeTo(temp).lines().filter(line -> line.contains("error:")).findFirst()
            .orElseThrow());
    assertTrue(Files.isSymbolicLink(site.site()));
    assertTrue(java.util.Arrays.equals(home, Files.readAllBytes(served.resolve("index.html"))));
  }

  @Test
  void anOutputFolderWithoutTheMarkerIsNeverCleared() throws IOException {
    CaseSite site = project("Text.\n");
    Files.createDirectories(site.site());
    Files.writeString(site.site().resolve("thesis.docx"), "years of work");
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode());
    assertTrue(run.errRelativeTo(temp).lines().anyMatch(l -> l.startsWith("site:1:1: error: ")),
        run.err());
    assertTrue(run.err().contains("was not written by Backstory (it has no .backstory-output "
        + "file); choose another --output or empty it yourself"), run.err());
    assertEquals("years of work", Files.readString(site.site().resolve("thesis.docx")));
    assertEquals(List.of(site.site().resolve("thesis.docx")), siteFiles(site.site()));
  }

  @Test
  void aMarkedOutputFolderIsReplacedWholeAndKeepsItsMarker() throws IOException {
    CaseSite site = project("Text.\n");
    Files.createDirectories(site.site());
    Files.writeString(site.site().resolve(StagedOutput.MARKER), "");
    Files.writeString(site.site().resolve("stale.html"), "old page");
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(Files.exists(site.site().resolve("stale.html")));
    assertTrue(Files.exists(site.site().resolve(StagedOutput.MARKER)));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".site.")).toList());
    }
  }

  @Test
  void leftoversWithoutTheMarkerAreNotDeleted() throws IOException {
    CaseSite site = project("Text.\n");
    Path lookalike = temp.resolve(".site.staging-mine");
    Files.createDirectories(lookalike);
    Files.writeString(lookalike.resolve("notes.txt"), "mine");
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("mine", Files.readString(lookalike.resolve("notes.txt")));
  }

  @Test
  void anOutputThatIsASymlinkElsewhereIsRefused() throws IOException {
    CaseSite site = project("Text.\n");
    Path elsewhere = temp.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("keep.txt"), "keep");
    Files.createSymbolicLink(site.site(), elsewhere);
    CaseSite.Run run = site.run();
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("keep", Files.readString(elsewhere.resolve("keep.txt")));
  }
}
