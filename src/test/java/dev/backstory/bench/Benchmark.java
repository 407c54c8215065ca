package dev.backstory.bench;

import dev.backstory.CaseSite;
import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.Progress;
import dev.backstory.build.PreviewBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures a full build of a generated corpus the way users run it: a fresh {@code java -jar}
 * process per build, timed from outside with GNU time (wall, user and system CPU, peak
 * resident memory). With {@code --hugo} or {@code --eleventy} the same corpus is built by Hugo
 * or Eleventy, runs interleaved with Backstory's, and the best of each is compared; with
 * {@code --flexmark}, so is {@link FlexmarkFloor}, the Markdown library's share. Then the
 * preview's incremental rebuild after changing one explainer is timed inside this process.
 * Every Backstory site built is checked to be complete before any figure is printed.
 *
 * <p>Run it with {@code bench/run.sh --explainers 10000 --hugo} (see the README).
 */
public final class Benchmark {

  /** Edits timed in the warm process: enough for the JIT to settle and a median to count. */
  private static final int WARM_ROUNDS = 90;
  private static final int RETITLE_ROUNDS = 30;

  /**
   * The JVM options the README recommends for a build of a few thousand explainers (measured,
   * see the README): the quick compiler only, taking code five times sooner and inlining
   * less, the serial
   * collector with a small young generation, a heap in huge pages, and a class data archive
   * made by a training build.
   */
  static final List<String> SMALL_SITE_JVM = List.of("-XX:TieredStopAtLevel=1",
      "-XX:CompileThresholdScaling=0.2", "-XX:C1MaxInlineSize=20", "-XX:+UseSerialGC",
      "-Xmn48m", "-XX:+UseTransparentHugePages",
      "-XX:SharedArchiveFile=target/bench/backstory.jsa");

  /**
   * The README's options for a bigger site: the parallel collector, the quick compiler taking
   * code five times sooner, the optimising compiler asked to inline less and to wait for hotter
   * code, a heap cap that suits 10,000 explainers, and huge pages.
   */
  static final List<String> BIG_SITE_JVM = List.of("-XX:+UseParallelGC", "-Xmx512m",
      "-XX:+UseTransparentHugePages", "-XX:SharedArchiveFile=target/bench/backstory.jsa",
      "-XX:Tier3InvocationThreshold=40", "-XX:Tier3MinInvocationThreshold=20",
      "-XX:Tier3CompileThreshold=400", "-XX:Tier3BackEdgeThreshold=12000",
      "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100",
      "-XX:Tier4InvocationThreshold=15000", "-XX:Tier4MinInvocationThreshold=2000",
      "-XX:Tier4CompileThreshold=45000", "-XX:Tier4BackEdgeThreshold=120000");

  /** Eleventy's command, as `npm ci --prefix bench/eleventy` installs it. */
  private static final String ELEVENTY = "bench/eleventy/node_modules/.bin/eleventy";

  /** Where the README's advice changes from the first set of options to the second. */
  static final int BIG_SITE = 5_000;

  private final Options options;
  private final Path repo = Path.of("").toAbsolutePath();

  private Benchmark(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      System.out.println(Options.USAGE);
      return;
    }
    boolean ok = new Benchmark(options).run();
    System.out.flush();
    if (!ok) {
      System.exit(1);
    }
  }

  private boolean run() throws IOException, InterruptedException {
    Path jar = repo.resolve(options.jar);
    if (!Files.isRegularFile(jar)) {
      System.err.println("bench: " + options.jar + " not found; build it with `mvn -DskipTests package`");
      return false;
    }
    if (options.eleventy && !Files.isExecutable(repo.resolve(ELEVENTY))) {
      System.err.println("bench: Eleventy is not installed: npm ci --prefix bench/eleventy "
          + "(bench/run.sh does so for --eleventy)");
      return false;
    }
    if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
      System.err.println("bench: GNU time is needed to measure CPU and memory: apt-get install time");
      return false;
    }
    Files.createDirectories(options.work);
    CorpusGenerator generator = new CorpusGenerator(options.seed);
    CorpusGenerator.Corpus corpus = corpus(generator);

    Map<String, List<Measurement>> runs = new LinkedHashMap<>();
    List<List<String>> variants = !options.jvm.isEmpty() ? options.jvm
        : List.of(options.explainers < BIG_SITE ? SMALL_SITE_JVM : BIG_SITE_JVM);
    // Every build writes into a folder of its own, and none is deleted until all are measured:
    // a file system without a journal (ext4 can run without one) will not reuse the inodes of
    // files deleted in the last minute, and creating files just after deleting many cost a
    // build up to ten times the system time, as much the file system as the build. The sites
    // of earlier runs (kept, or left by a failed run) are deleted with these, at the end.
    Path allOutputs = options.work.resolve("outputs");
    Path outputs = allOutputs.resolve("run-" + System.currentTimeMillis());
    for (List<String> variant : variants) {
      prepareClassDataArchive(jar, variant, outputs);
    }
    List<Reference> references = references(jar, variants.get(0), corpus.content());
    boolean checked = false;
    for (int run = 1; run <= options.runs; run++) {
      for (int v = 0; v < variants.size(); v++) {
        List<String> variant = variants.get(v);
        Path out = outputs.resolve("backstory-" + (v + 1) + "-" + run);
        Measurement m = measure(backstory(jar, variant, corpus.content(), out), out);
        if (m.exitCode != 0) {
          System.err.println("bench: the build failed (exit " + m.exitCode + "):\n" + m.output);
          return false;
        }
        if (!checked) {
          if (!check(generator, corpus, out)) {
            return false;
          }
          checked = true;
        }
        runs.computeIfAbsent("backstory " + String.join(" ", variant), k -> new ArrayList<>()).add(m);
      }
      for (Reference reference : references) {
        Path out = outputs.resolve(reference.name() + "-" + run);
        Measurement m = measure(reference.command().apply(out), out);
        if (m.exitCode != 0) {
          System.err.println("bench: " + reference.name() + " failed (exit " + m.exitCode
              + "):\n" + m.output);
          return false;
        }
        if (run == 1 && !checkReference(reference, out, generator, corpus)) {
          return false;
        }
        runs.computeIfAbsent(reference.name(), k -> new ArrayList<>()).add(m);
      }
    }
    report(corpus, runs, references);
    if (options.warm) {
      warmRebuild(generator, corpus);
    }
    try (Stream<Path> runFolders = Files.list(allOutputs)) {
      for (Path folder : runFolders.toList()) {
        if (!(options.keep && folder.equals(outputs))) {
          CaseSite.deleteTree(folder);
        }
      }
    }
    return true;
  }

  /** Generates the corpus, or reuses the one an earlier run made with the same seed and size. */
  private CorpusGenerator.Corpus corpus(CorpusGenerator generator) throws IOException {
    Path folder = options.work.resolve("corpus-" + options.seed + "-" + options.explainers);
    Path content = folder.resolve("content");
    Path done = folder.resolve("complete");
    if (Files.exists(done)) {
      // Regenerating in memory is cheap; writing 10,000 files is what is saved.
      List<String> counts = Files.readAllLines(done);
      CorpusGenerator.Corpus corpus = new CorpusGenerator.Corpus(content, options.explainers,
          Integer.parseInt(counts.get(0)), Integer.parseInt(counts.get(1)),
          Integer.parseInt(counts.get(2)), Long.parseLong(counts.get(3)));
      System.out.printf(Locale.ROOT, "corpus: reusing %s%n", relative(content));
      return corpus;
    }
    CaseSite.deleteTree(folder);
    long started = System.nanoTime();
    CorpusGenerator.Corpus corpus = generator.write(content, options.explainers);
    Files.write(done, List.of(String.valueOf(corpus.questions()),
        String.valueOf(corpus.crossLinks()), String.valueOf(corpus.topics()),
        String.valueOf(corpus.bytes())));
    System.out.printf(Locale.ROOT, "corpus: generated %s in %.1f s%n", relative(content),
        seconds(System.nanoTime() - started));
    return corpus;
  }

  /**
   * A variant naming {@code -XX:SharedArchiveFile=F} gets F made first by one untimed training
   * build with {@code -XX:ArchiveClassesAtExit=F} (Java 17 has no automatic archive).
   */
  private void prepareClassDataArchive(Path jar, List<String> variant, Path outputs)
      throws IOException, InterruptedException {
    for (String flag : variant) {
      if (flag.startsWith("-XX:SharedArchiveFile=")) {
        Path archive = Path.of(flag.substring("-XX:SharedArchiveFile=".length()));
        if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(
            Files.getLastModifiedTime(jar)) > 0) {
          continue;
        }
        List<String> training = new ArrayList<>(variant);
        training.replaceAll(f -> f.equals(flag) ? "-XX:ArchiveClassesAtExit=" + archive : f);
        // A small build loads the same classes as a big one.
        Path trainingContent = options.work.resolve("training-content");
        if (!Files.exists(trainingContent)) {
          new CorpusGenerator(options.seed).write(trainingContent, 50);
        }
        Path out = outputs.resolve("training-" + archive.getFileName());
        Measurement m = measure(backstory(jar, training, trainingContent, out), out);
        if (m.exitCode != 0) {
          throw new IOException("training run for " + archive + " failed:\n" + m.output);
        }
        System.out.printf(Locale.ROOT, "class data archive: wrote %s%n", archive);
      }
    }
  }

  private List<String> backstory(Path jar, List<String> jvm, Path content, Path out) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar.toString(), "build", "--quiet",
        "--content", content.toString(), "--templates", repo.resolve("templates").toString(),
        "--output", out.toString()));
    return command;
  }

  /**
   * Another generator building the same corpus with a minimal layout of its own (a page per
   * explainer with a table of contents, a page per tag, a home page), or with
   * {@code --flexmark} {@link FlexmarkFloor}'s page per explainer and nothing else, for
   * comparison; {@code topicPages} tells whether its site has a page per tag;
   * {@code command} gives its command line for building into a folder.
   */
  record Reference(String name, Function<Path, List<String>> command, boolean topicPages) {}

  /** The other builds to compare; {@code jvm}, Backstory's first options, also run Flexmark's. */
  private List<Reference> references(Path jar, List<String> jvm, Path content) {
    List<Reference> references = new ArrayList<>();
    if (options.flexmark) {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // The class data archive was made for the jar alone, and would not load.
      jvm.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile=")).forEach(command::add);
      command.addAll(List.of("-cp", jar + File.pathSeparator
          + repo.resolve("target/test-classes"), FlexmarkFloor.class.getName(),
          content.toAbsolutePath().toString()));
      references.add(new Reference("flexmark alone", out -> {
        List<String> withOutput = new ArrayList<>(command);
        withOutput.add(out.toString());
        return withOutput;
      }, false));
    }
    if (options.hugo) {
      references.add(new Reference("hugo", out -> List.of("hugo", "--quiet", "--noBuildLock",
          "--source", repo.resolve("bench/hugo").toString(),
          "--contentDir", content.toAbsolutePath().toString(),
          "--destination", out.toString(),
          "--cacheDir", options.work.resolve("hugo-cache").toString()), true));
    }
    if (options.eleventy) {
      Path eleventy = repo.resolve("bench/eleventy");
      references.add(new Reference("eleventy", out -> List.of(
          repo.resolve(ELEVENTY).toString(), "--quiet",
          "--config=" + eleventy.resolve("eleventy.config.js"),
          "--input=" + content.toAbsolutePath(), "--output=" + out), true));
    }
    return references;
  }

  /** One finished process as GNU time saw it. */
  record Measurement(int exitCode, double wall, double user, double system, long peakKb,
      long outputBytes, long outputFiles, String output) {
    double cpu() {
      return user + system;
    }
  }

  private Measurement measure(List<String> command, Path out)
      throws IOException, InterruptedException {
    Path times = options.work.resolve("time.txt");
    Path log = options.work.resolve("process.log");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M",
        "-o", times.toString()));
    timed.addAll(command);
    long started = System.nanoTime();
    Process process = new ProcessBuilder(timed).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int code = process.waitFor();
    double wall = seconds(System.nanoTime() - started);
    String output = Files.readString(log);
    String[] t = Files.readAllLines(times).stream().filter(l -> l.matches("[0-9. ]+"))
        .findFirst().orElse("0 0 0 0").trim().split(" ");
    long[] size = treeSize(out);
    // GNU time reports wall time in hundredths; the clock here is finer and includes no more.
    return new Measurement(code, wall, Double.parseDouble(t[1]), Double.parseDouble(t[2]),
        Long.parseLong(t[3]), size[0], size[1], output);
  }

  private boolean check(CorpusGenerator generator, CorpusGenerator.Corpus corpus, Path site)
      throws IOException {
    SiteCheck.Result result = SiteCheck.check(site, generator, corpus);
    if (!result.complete()) {
      System.err.println("bench: the site is incomplete:");
      result.problems().forEach(p -> System.err.println("  " + p));
      return false;
    }
    System.out.printf(Locale.ROOT, "check: %,d explainer pages with all %,d questions, %,d topic "
            + "pages, %,d page links resolved (%,d to other explainers' questions)%n",
        result.explainerPages(), corpus.questions(), result.topicPages(), result.linksChecked(),
        result.crossLinks());
    return true;
  }

  /** The other generators' sites are counted, not link-checked: their links are the Markdown's. */
  private boolean checkReference(Reference reference, Path site, CorpusGenerator generator,
      CorpusGenerator.Corpus corpus) throws IOException {
    int missing = 0;
    for (int i = 0; i < corpus.explainers(); i++) {
      if (!Files.isRegularFile(site.resolve(generator.plan(i).slug()).resolve("index.html"))) {
        missing++;
      }
    }
    if (!reference.topicPages()) {
      if (missing > 0) {
        System.err.printf(Locale.ROOT, "bench: %s left %d explainer pages out%n",
            reference.name(), missing);
      }
      return missing == 0;
    }
    long tags;
    try (Stream<Path> list = Files.list(site.resolve("tags"))) {
      tags = list.filter(t -> Files.isRegularFile(t.resolve("index.html"))).count();
    }
    if (missing > 0 || tags != corpus.topics() || !Files.exists(site.resolve("index.html"))) {
      System.err.printf(Locale.ROOT, "bench: %s's site is incomplete: %d explainer pages "
          + "missing, %d tag pages for %d tags%n", reference.name(), missing, tags,
          corpus.topics());
      return false;
    }
    return true;
  }

  private void report(CorpusGenerator.Corpus corpus, Map<String, List<Measurement>> runs,
      List<Reference> references) {
    System.out.printf(Locale.ROOT, "%nexplainers: %,d   questions: %,d   Markdown: %.1f MB   "
            + "runs: %d (best by wall time shown, each a new process)%n",
        corpus.explainers(), corpus.questions(), corpus.bytes() / 1e6, options.runs);
    System.out.printf(Locale.ROOT, "%-62s %8s %12s %8s %6s %9s %9s %7s%n", "build", "wall s",
        "explainers/s", "cpu s", "cores", "peak MiB", "output MB", "files");
    Map<String, Measurement> best = new LinkedHashMap<>();
    runs.forEach((name, list) -> {
      Measurement m = list.stream().min(Comparator.comparingDouble(Measurement::wall)).orElseThrow();
      best.put(name, m);
      System.out.printf(Locale.ROOT, "%-62s %8.2f %,12.0f %8.2f %6.2f %9.0f %9.1f %,7d%n",
          name.length() > 62 ? name.substring(0, 59) + "..." : name, m.wall,
          corpus.explainers() / m.wall, m.cpu(), m.cpu() / m.wall, m.peakKb / 1024.0,
          m.outputBytes / 1e6, m.outputFiles);
    });
    System.out.printf(Locale.ROOT, "all wall times (s): %s%n", String.join("; ",
        runs.entrySet().stream().map(e -> shortName(e.getKey()) + " " + String.join(" ",
            e.getValue().stream().map(m -> String.format(Locale.ROOT, "%.2f", m.wall)).toList()))
            .toList()));
    for (Reference reference : references) {
      Measurement other = best.get(reference.name());
      best.forEach((name, m) -> {
        if (name.startsWith("backstory")) {
          System.out.printf(Locale.ROOT, "ratio %s / %s: wall %.2f, peak memory %.2f%n",
              shortName(name), reference.name(), m.wall / other.wall,
              (double) m.peakKb / other.peakKb);
        }
      });
    }
  }

  private static String shortName(String name) {
    return name.length() > 40 ? name.substring(0, 37) + "..." : name;
  }

  /**
   * Times the preview's incremental rebuild in a warm JVM: after a first full build, each round
   * edits one explainer's short answer, as a copy editor would, and rebuilds, told which file
   * changed as the preview's file watcher tells it. The whole site is checked again, reusing
   * what the edit left as it was; only the pages the edit can show on are rendered and replaced.
   */
  private void warmRebuild(CorpusGenerator generator, CorpusGenerator.Corpus corpus)
      throws IOException {
    Path content = options.work.resolve("warm-content");
    Path out = options.work.resolve("warm-site");
    CaseSite.deleteTree(content);
    copyTree(corpus.content(), content);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    BuildOptions build = new BuildOptions(content, repo.resolve("templates"), out, true);
    checked(builder.build(build), "first build");
    Path changed = content.resolve(generator.plan(0).fileName());
    String original = Files.readString(changed);
    List<BuildReport> rounds = new ArrayList<>();
    for (int i = 0; i < WARM_ROUNDS; i++) {
      Files.writeString(changed, original.replaceFirst("\n---\n\n", "\n---\n\nEdit " + i + ". "));
      rounds.add(checked(builder.buildAfterEdits(build, Set.of(changed)), "incremental rebuild"));
    }
    if (!Files.readString(out.resolve(generator.plan(0).slug()).resolve("index.html"))
        .contains("Edit " + (WARM_ROUNDS - 1) + ".")) {
      throw new IllegalStateException("the incremental rebuild did not show the edit");
    }
    printRounds("incremental rebuild after one explainer changed", rounds);
    // Renaming a question changes what the links to it say and what the pages gathering the
    // whole site show: the explainers linking to it are resolved again, and the pages that show
    // it are rendered again.
    List<BuildReport> retitled = new ArrayList<>();
    for (int i = 0; i < RETITLE_ROUNDS; i++) {
      Files.writeString(changed,
          original.replaceFirst("(?m)^## [^{\\n]+\\{#", "## Renamed question " + i + "? {#"));
      retitled.add(checked(builder.buildAfterEdits(build, Set.of(changed)), "incremental rebuild"));
    }
    printRounds("incremental rebuild after a question was renamed", retitled);
    CaseSite.deleteTree(content);
    CaseSite.deleteTree(out);
  }

  /**
   * Prints the median, fastest and slowest of the rounds after the first third: the first
   * rounds run while the JIT is still compiling, and the rest are what an editor saving again
   * and again sees.
   */
  private static void printRounds(String what, List<BuildReport> rounds) {
    int from = rounds.size() / 3;
    List<BuildReport> settled = rounds.subList(from, rounds.size()).stream()
        .sorted(Comparator.comparing(BuildReport::elapsed)).toList();
    BuildReport median = settled.get(settled.size() / 2);
    System.out.printf(Locale.ROOT, "%s (warm JVM, %d rounds): median %.3f s (%.3f-%.3f s) over "
            + "rounds %d-%d, %d pages rendered%n  median round by phase: %s%n",
        what, rounds.size(), seconds(median.elapsed().toNanos()),
        seconds(settled.get(0).elapsed().toNanos()),
        seconds(settled.get(settled.size() - 1).elapsed().toNanos()),
        from + 1, rounds.size(), median.pages(), phases(median));
  }

  private static String phases(BuildReport report) {
    return String.join(", ", report.phases().stream().map(p -> String.format(Locale.ROOT,
        "%s %d ms", p.phase(), p.elapsed().toMillis())).toList());
  }

  private static BuildReport checked(BuildReport report, String what) {
    if (!report.succeeded()) {
      throw new IllegalStateException(what + " failed: " + report.diagnostics());
    }
    return report;
  }

  private String relative(Path path) {
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(repo) ? repo.relativize(absolute).toString() : absolute.toString();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long[] treeSize(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return new long[] {0, 0};
    }
    long[] size = new long[2];
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        try {
          size[0] += Files.size(f);
          size[1]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return size;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The command line. */
  static final class Options {
    static final String USAGE = """
        usage: bench/run.sh [--explainers N] [--runs R] [--hugo] [--eleventy] [--flexmark]
                            [--seed S] [--jvm "FLAGS"]... [--no-warm] [--keep] [--work DIR]
                            [--jar JAR]
          --explainers N  corpus size (default 1000)
          --runs R        builds of each kind, interleaved; the best is reported (default 3)
          --hugo          also build the same corpus with Hugo (bench/hugo) and compare
          --eleventy      also build it with Eleventy (bench/eleventy, installed with npm ci)
          --flexmark      also time Flexmark alone on it, with Backstory's first JVM options
                          (no class data archive): read, parse, render and write each
                          explainer's HTML, no templates and no other page
          --jvm "FLAGS"   JVM options for Backstory; repeat to compare several (default:
                          below %,d explainers %s;
                          from there %s)
                          -XX:SharedArchiveFile=F makes F first with an untimed training run
          --no-warm       skip timing the incremental rebuild in this process
          --keep          keep the built sites in the work folder
          --work DIR      where the corpus and sites go (default target/bench)
          --seed S        corpus seed (default 42)""".formatted(BIG_SITE,
        String.join(" ", SMALL_SITE_JVM), String.join(" ", BIG_SITE_JVM));

    int explainers = 1000;
    int runs = 3;
    long seed = 42;
    boolean hugo;
    boolean eleventy;
    boolean flexmark;
    boolean warm = true;
    boolean keep;
    boolean help;
    Path work = Path.of("target/bench").toAbsolutePath();
    String jar = "target/backstory.jar";
    final List<List<String>> jvm = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--explainers" -> o.explainers = positive(value(args, ++i, arg), arg);
          case "--runs" -> o.runs = positive(value(args, ++i, arg), arg);
          case "--seed" -> o.seed = Long.parseLong(value(args, ++i, arg));
          case "--hugo" -> o.hugo = true;
          case "--eleventy" -> o.eleventy = true;
          case "--flexmark" -> o.flexmark = true;
          case "--no-warm" -> o.warm = false;
          case "--keep" -> o.keep = true;
          case "--work" -> o.work = Path.of(value(args, ++i, arg)).toAbsolutePath();
          case "--jar" -> o.jar = value(args, ++i, arg);
          case "--jvm" -> o.jvm.add(Arrays.stream(value(args, ++i, arg).trim().split("\\s+"))
              .filter(f -> !f.isEmpty()).toList());
          case "-h", "--help" -> o.help = true;
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int positive(String text, String option) {
      try {
        int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " needs a positive whole number, not " + text);
    }
  }
}
