package dev.backstory.cli;

import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.Progress;
import dev.backstory.build.SiteBuilder;
import dev.backstory.diag.Diagnostic;
import dev.backstory.model.PublicationPolicy;
import dev.backstory.output.OutputLock;
import dev.backstory.output.OutputRefused;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code backstory}: builds the site when no subcommand is given. */
@Command(name = "backstory", mixinStandardHelpOptions = true, version = "Backstory 0.1.0",
    description = "Builds a static site of Q&A explainers from Markdown.",
    subcommands = {BackstoryCommand.Build.class, BackstoryCommand.Check.class,
        ServeCommand.class, NewCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success", "  1  the content or templates have errors; nothing was written",
        "  2  the command line was wrong", "  3  files could not be read or written",
        "  70 a bug in Backstory"})
final class BackstoryCommand implements Callable<Integer> {

  final PrintWriter out;
  final PrintWriter err;
  final boolean colour;
  /** How long a page may render: {@link BuildOptions#PAGE_TIME_LIMIT}, shorter in tests. */
  private final Duration pageTimeLimit;

  @Mixin PathOptions paths;
  @Mixin PublishOptions publish;
  @Mixin StrictOption strict;

  BackstoryCommand(PrintWriter out, PrintWriter err, boolean colour, Duration pageTimeLimit) {
    this.out = out;
    this.err = err;
    this.colour = colour;
    this.pageTimeLimit = pageTimeLimit;
  }

  @Override
  public Integer call() {
    return build(paths, publish, strict, true);
  }

  BuildOptions options(PathOptions paths, PublishOptions publish, boolean write,
      boolean includeDrafts) {
    return new BuildOptions(paths.content, paths.templates, paths.output, write,
        publish.baseUrl, publish.policy(includeDrafts)).withPageTimeLimit(pageTimeLimit);
  }

  int build(PathOptions paths, PublishOptions publish, StrictOption strict, boolean write) {
    TerminalProgress progress = new TerminalProgress(err);
    SiteBuilder builder = new SiteBuilder(paths.quiet ? Progress.SILENT : progress);
    // Stopped part way (Ctrl-C), the build says so on a line of its own, past its counter.
    Thread stopped = new Thread(() -> progress.stopped(write
        ? "Stopped; the previous site was left as it was." : "Stopped."));
    Runtime.getRuntime().addShutdownHook(stopped);
    BuildReport report;
    try (OutputLock lock = write ? OutputLock.acquire(paths.output, "backstory build") : null) {
      report = builder.build(options(paths, publish, write, false).strictly(strict.strict));
    } catch (OutputRefused e) {
      return progress.unlessStopped(() -> refused(e.getMessage()));
    } catch (IOException e) {
      return progress.unlessStopped(() -> refused(IoProblems.describe(e)));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopped);
      } catch (IllegalStateException stopping) {
        // The process is stopping, and the hook says so.
      }
    }
    return progress.unlessStopped(() -> report(report, paths, write));
  }

  private int refused(String why) {
    err.println("backstory: error: " + why);
    err.println("The previous site was left as it was.");
    return ExitCode.IO_FAILURE;
  }

  /** Prints a build's diagnostics and summary; returns the exit code it deserves. */
  int report(BuildReport report, PathOptions paths, boolean write) {
    DiagnosticPrinter printer = new DiagnosticPrinter(err, colour);
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.isError() || !paths.quiet) {
        printer.print(diagnostic);
      }
    }
    if (paths.verbose) {
      for (BuildReport.PhaseTime phase : report.phases()) {
        err.printf(Locale.ROOT, "  %-18s %7.1f ms%n", phase.phase(),
            phase.elapsed().toNanos() / 1e6);
      }
    }
    if (!report.succeeded()) {
      err.printf(Locale.ROOT, "%s in %s%s%n", count(report.errorCount(), "error"),
          count(report.filesWithErrors(), "file"),
          write ? "; " + asFolder(paths.output) + " was left as it was" : "");
      return ExitCode.CONTENT_ERRORS;
    }
    if (!paths.quiet) {
      String verb = write ? "Built" : "Checked";
      out.printf(Locale.ROOT, "%s %s, %s, %s%s in %.2f s%s%n", verb,
          count(report.explainers(), "explainer"), count(report.questions(), "question"),
          count(report.topics(), "topic"),
          write ? " into " + asFolder(paths.output) + " (" + count(report.pages(), "page") + ")"
              : "",
          report.elapsed().toNanos() / 1e9,
          (report.warningCount() > 0 ? "; " + count(report.warningCount(), "warning") : "")
              + leftOut(report));
    }
    return ExitCode.OK;
  }

  /**
   * The explainers a build left out, so a writer whose piece is missing learns why:
   * "; left out 2 drafts and 1 explainer dated after today (--drafts, --future to include)".
   */
  private static String leftOut(BuildReport report) {
    List<String> what = new ArrayList<>();
    List<String> options = new ArrayList<>();
    int drafts = report.leftOut().getOrDefault(PublicationPolicy.Reason.DRAFT, 0);
    int future = report.leftOut().getOrDefault(PublicationPolicy.Reason.FUTURE, 0);
    if (drafts > 0) {
      what.add(count(drafts, "draft"));
      options.add("--drafts");
    }
    if (future > 0) {
      what.add(count(future, "explainer") + " dated after today");
      options.add("--future");
    }
    return what.isEmpty() ? "" : "; left out " + String.join(" and ", what) + " ("
        + String.join(", ", options) + " to include)";
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A folder as the user wrote it, marked as one: {@code site/}, but {@code /} for the root,
   * {@code ./} for the current folder given as "", and a file (which a build refuses to
   * replace) as it is.
   */
  private static String asFolder(Path folder) {
    String written = folder.toString();
    if (written.isEmpty()) {
      return "./";
    }
    return written.endsWith("/") || Files.isRegularFile(folder) ? written : written + "/";
  }

  /** {@code backstory build}: the same as no subcommand. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Builds the site into the output folder, replacing it only on success.")
  static final class Build implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand BackstoryCommand parent;
    @Mixin PathOptions paths;
    @Mixin PublishOptions publish;
    @Mixin StrictOption strict;

    @Override
    public Integer call() {
      return parent.build(paths, publish, strict, true);
    }
  }

  /** {@code backstory check}: validates everything a build would, writes nothing. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks front matter, links, images, ids, templates and the editorial "
          + "checks; writes nothing.")
  static final class Check implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand BackstoryCommand parent;
    @Mixin PathOptions paths;
    @Mixin PublishOptions publish;
    @Mixin StrictOption strict;

    @Override
    public Integer call() {
      return parent.build(paths, publish, strict, false);
    }
  }
}
