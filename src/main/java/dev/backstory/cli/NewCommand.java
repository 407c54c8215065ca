package dev.backstory.cli;

import dev.backstory.content.ContentLoader;
import dev.backstory.content.ExplainerScaffold;
import dev.backstory.content.PlatformText;
import dev.backstory.diag.Diagnostic;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backstory new "Why is X happening?"}: starts an explainer file; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Creates content/<slug>.md for a new explainer, with its front matter and "
        + "two example questions. An existing file is never overwritten.")
final class NewCommand implements Callable<Integer> {

  @ParentCommand BackstoryCommand parent;

  @Parameters(paramLabel = "TITLE", description = "The headline, usually a question.")
  String title;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown explainers (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--now", paramLabel = "DATE", converter = IsoDate.class,
      description = "Date the explainer with DATE (YYYY-MM-DD) instead of today, which is "
          + "today in site.yaml's timeZone, or on this computer without one.")
  LocalDate now;

  @Override
  public Integer call() {
    if (title.isBlank()) {
      parent.err.println("backstory new: the title is empty; give the headline in quotes");
      return ExitCode.USAGE;
    }
    if (PlatformText.isLost(title)) {
      parent.err.println("backstory new: error: the title came through as \"" + title.strip()
          + "\": " + PlatformText.why());
      return ExitCode.USAGE;
    }
    if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
      parent.err.println("backstory new: the title \"" + title.strip() + "\" has no letters or "
          + "digits to name the file after; give the headline in words");
      return ExitCode.USAGE;
    }
    String fileName = ExplainerScaffold.fileName(title.strip());
    String slug = ExplainerScaffold.slug(title.strip());
    if (Routes.RESERVED_SLUGS.contains(slug)) {
      // The scaffold must build as it is written.
      parent.err.println("backstory new: the title gives the file name " + fileName + ", but "
          + "the address " + slug + "/ is the site's own; give a longer headline, such as the "
          + "question the explainer answers");
      return ExitCode.USAGE;
    }
    Path file = content.resolve(fileName);
    String shown = file.toString().replace('\\', '/');
    try {
      Optional<ContentLoader.AddressHolder> holder =
          Files.exists(file) ? Optional.empty() : holderOf(slug);
      if (holder.isPresent()) {
        parent.err.println(shown + ":1:1: error: " + shown + " was not written: its address "
            + slug + "/ is already " + holder.get().file() + "'s, " + switch (holder.get().how()) {
              case FILE_NAME -> "made from its file's name";
              case SLUG -> "set by its `slug`";
              case ALIAS -> "as an old address in its `aliases`";
            } + "; choose a different title");
        return ExitCode.CONTENT_ERRORS;
      }
      LocalDate date = now != null ? now : siteToday(shown);
      if (date == null) {
        return ExitCode.CONTENT_ERRORS;
      }
      Files.createDirectories(content);
      Files.writeString(file, ExplainerScaffold.text(title.strip(), date), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      if (!file.toString().equals(e.getFile())) {
        // Thrown for a folder on the way that is a file: --content names a file, say.
        parent.err.println("backstory new: error: could not write " + shown + ": "
            + e.getFile().replace('\\', '/') + " is a file, not a folder");
        return ExitCode.IO_FAILURE;
      }
      parent.err.println(shown + ":1:1: error: " + fileName + " already exists and was left as "
          + "it was; edit it, or choose a different title");
      return ExitCode.CONTENT_ERRORS;
    } catch (IOException e) {
      parent.err.println("backstory new: error: could not write " + shown + ": "
          + IoProblems.describe(e));
      return ExitCode.IO_FAILURE;
    }
    parent.out.println("Created " + shown);
    return ExitCode.OK;
  }

  /**
   * The explainer whose address, or one of whose old addresses, is {@code slug}: a file of
   * another name may have set it with {@code slug}, and the new file would not build beside it.
   */
  private Optional<ContentLoader.AddressHolder> holderOf(String slug) throws IOException {
    return new ContentLoader(content, content.toString().replace('\\', '/')).holderOf(slug);
  }

  /**
   * Today where the site is, as the build tells it, so that a piece started late in the
   * evening on a build server in another zone is not dated a day off and then left out as
   * dated after today; null, with the reasons printed, when {@code site.yaml} has errors.
   */
  private LocalDate siteToday(String shownFile) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    String displayRoot = content.toString().replace('\\', '/');
    Optional<SiteConfig> config = ContentLoader.siteConfig(content, displayRoot, problems);
    DiagnosticPrinter printer = new DiagnosticPrinter(parent.err, parent.colour);
    problems.forEach(printer::print);
    if (config.isEmpty()) {
      parent.err.println("backstory new: " + shownFile + " was not written: it is dated by "
          + "the site's time zone, and site.yaml has errors; mend them, or pass --now");
      return null;
    }
    return config.get().today();
  }
}
