package dev.backstory.cli;

import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.SiteBuilder;
import dev.backstory.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code backstory}: builds the site when no subcommand is given. */
@Command(name = "backstory", mixinStandardHelpOptions = true, version = "Backstory 0.1.0",
    description = "Builds a static site of Q&A explainers from Markdown.",
    subcommands = {BackstoryCommand.Build.class, BackstoryCommand.Check.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success", "  1  the content or templates have errors; nothing was written",
        "  2  the command line was wrong", "  3  files could not be read or written",
        "  70 a bug in Backstory"})
final class BackstoryCommand implements Callable<Integer> {

  private final PrintWriter out;
  private final PrintWriter err;

  @Mixin PathOptions paths;

  BackstoryCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    return build(paths, true);
  }

  int build(PathOptions options, boolean write) {
    SiteBuilder builder = new SiteBuilder(
        options.quiet ? dev.backstory.build.Progress.SILENT : new TerminalProgress(err));
    BuildReport report;
    try {
      report = builder.build(new BuildOptions(options.content, options.templates, options.output, write));
    } catch (IOException e) {
      err.println("backstory: error: " + e.getMessage());
      err.println("The previous site was left as it was.");
      return ExitCode.IO_FAILURE;
    }
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.isError() || !options.quiet) {
        err.println(diagnostic);
      }
    }
    if (!report.succeeded()) {
      err.printf(Locale.ROOT, "%s in %s%s%n", count(report.errorCount(), "error"),
          count(report.filesWithErrors(), "file"),
          write ? "; " + options.output + "/ was left as it was" : "");
      return ExitCode.CONTENT_ERRORS;
    }
    if (!options.quiet) {
      String verb = write ? "Built" : "Checked";
      out.printf(Locale.ROOT, "%s %s, %s, %s%s in %.2f s%s%n", verb,
          count(report.explainers(), "explainer"), count(report.questions(), "question"),
          count(report.topics(), "topic"),
          write ? " into " + options.output + "/ (" + count(report.pages(), "page") + ")" : "",
          report.elapsed().toNanos() / 1e9,
          report.warningCount() > 0 ? "; " + count(report.warningCount(), "warning") : "");
    }
    return ExitCode.OK;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code backstory build}: the same as no subcommand. */
  @Command(name = "build", mixinStandardHelpOptions = true,
      description = "Builds the site into the output folder, replacing it only on success.")
  static final class Build implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand BackstoryCommand parent;
    @Mixin PathOptions paths;

    @Override
    public Integer call() {
      return parent.build(paths, true);
    }
  }

  /** {@code backstory check}: validates everything a build would, writes nothing. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks front matter, links, images, ids and templates; writes nothing.")
  static final class Check implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand BackstoryCommand parent;
    @Mixin PathOptions paths;

    @Override
    public Integer call() {
      return parent.build(paths, false);
    }
  }
}
