package dev.backstory;

import dev.backstory.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A whole project declared in one text: blocks headed {@code -- path --} become files in a
 * temporary folder (the repository's default templates are copied in unless the text gives its
 * own), and blocks under {@code expect/} hold what the test expects. Runs the real command line
 * in that folder, as a user would.
 */
public final class CaseSite {

  private static final Pattern BLOCK = Pattern.compile("(?m)^-- (\\S+) --\\n");
  public static final Path REPO = Path.of("").toAbsolutePath();

  private final Path root;
  private final Map<String, String> expectations = new LinkedHashMap<>();

  private CaseSite(Path root) {
    this.root = root;
  }

  /** Writes the files of {@code text} under {@code root}. */
  public static CaseSite of(String text, Path root) throws IOException {
    CaseSite site = new CaseSite(root);
    Matcher m = BLOCK.matcher(text);
    String name = null;
    int start = 0;
    while (m.find()) {
      if (name != null) {
        site.put(name, text.substring(start, m.start()));
      }
      name = m.group(1);
      start = m.end();
    }
    if (name != null) {
      site.put(name, text.substring(start));
    }
    if (!Files.exists(root.resolve("templates"))) {
      copyTree(REPO.resolve("templates"), root.resolve("templates"));
    }
    Files.createDirectories(root.resolve("content"));
    return site;
  }

  /** The summaries of a paged list (the home page, a topic), following its "older" links. */
  public static List<Element> summariesAcrossPages(Path site, String firstPage)
      throws IOException {
    List<Element> summaries = new ArrayList<>();
    for (Path page = site.resolve(firstPage); page != null; ) {
      Document document = Jsoup.parse(page.toFile(), "UTF-8");
      summaries.addAll(document.select("li.summary"));
      Element older = document.selectFirst("nav.pagination a[rel=next]");
      page = older == null ? null : page.getParent().resolve(older.attr("href")).normalize();
    }
    return summaries;
  }

  /** Each id that more than one element of {@code page} has, with how many have it. */
  public static Map<String, Long> repeatedIds(Document page) {
    Map<String, Long> repeated = new TreeMap<>();
    page.select("[id]").forEach(element -> repeated.merge(element.id(), 1L, Long::sum));
    repeated.values().removeIf(count -> count == 1);
    return repeated;
  }

  /** The repository's demo content and templates, copied into {@code root}. */
  public static CaseSite demo(Path root) throws IOException {
    copyTree(REPO.resolve("content"), root.resolve("content"));
    copyTree(REPO.resolve("templates"), root.resolve("templates"));
    return new CaseSite(root);
  }

  private void put(String name, String body) throws IOException {
    if (name.startsWith("expect/")) {
      expectations.put(name.substring("expect/".length()), body);
      return;
    }
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body);
  }

  public Path root() {
    return root;
  }

  public Path site() {
    return root.resolve("site");
  }

  public String expectation(String name) {
    return expectations.get(name);
  }

  /**
   * Runs the command line in this project: a subcommand, if any, goes first, then the
   * project's folders for every path option that {@code args} does not set itself.
   */
  public Run run(String... args) {
    java.util.List<String> full = new java.util.ArrayList<>();
    int rest = 0;
    if (args.length > 0 && !args[0].startsWith("-")) {
      full.add(args[0]);
      rest = 1;
    }
    java.util.List<String> given = java.util.Arrays.asList(args);
    for (String folder : new String[] {"content", "templates", "output"}) {
      if (!given.contains("--" + folder)) {
        full.add("--" + folder);
        full.add(folder.equals("output") ? site().toString() : root.resolve(folder).toString());
      }
    }
    for (int i = rest; i < args.length; i++) {
      String arg = args[i];
      boolean isPathValue = i > 0 && java.util.Set.of("--content", "--templates", "--output")
          .contains(args[i - 1]);
      full.add(isPathValue ? root.resolve(arg).toString() : arg);
    }
    return runRaw(full.toArray(String[]::new));
  }

  /**
   * Starts the command line in a JVM of its own, as a terminal would, with this project's
   * folders after {@code args}; what it prints goes to {@code log}.
   */
  public Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    command.addAll(List.of("--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(), "--output", site().toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  /** Runs the command line exactly as given. */
  public static Run runRaw(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** What one run printed, relative paths made stable by removing the project folder. */
  public record Run(int exitCode, String out, String err) {
    public String errRelativeTo(Path root) {
      return err.replace(root.toString() + "/", "").replace(root.toString(), ".");
    }
  }

  /**
   * A new folder in the system's temporary folder, deleted with everything in it when the JVM
   * exits: for fixtures that live as long as a test class's static state.
   */
  public static Path temporaryFolder(String prefix) throws IOException {
    Path root = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // Left for the system to clear; nothing reads it again.
      }
    }));
    return root;
  }

  /** Deletes a folder and everything in it, if it is there. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  public static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()),
            StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
