package dev.backstory.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes a synthetic corpus of explainers for the benchmark: the same seed and size always
 * give the same bytes. Each explainer is 4-8 KB of Markdown in the format the build accepts
 * (front matter, a short answer, 5-7 question sections with explicit ids, lists, attributed
 * quotes, the occasional table), with 2-4 links to questions in other explainers, tags from a
 * pool of 50 and, now and then, a lead image. Every link resolves, so the build has no errors.
 *
 * <p>An explainer's file name and question ids depend only on the seed and its number, so a
 * link to explainer {@code j} is written without holding the rest of the corpus in memory.
 */
public final class CorpusGenerator {

  static final int TAG_POOL = 50;
  static final int IMAGES = 24;

  private static final String[] WORDS = ("agreement alliance analyst archive army assembly "
      + "balance bank border budget cabinet campaign capital ceasefire century charter coalition "
      + "committee congress constitution council court crisis currency customs deal debt defence "
      + "delegation democracy deputy diplomat district drought economy election embassy energy "
      + "envoy exports factory farmers federation finance fishing forum frontier fuel governor "
      + "grain harbour health highway household import industry inflation inquiry investment "
      + "island journalist judge labour land law leader league loan market mayor media migrants "
      + "military minister mission monitor nation network observer office oil opposition parliament "
      + "partner party pension pipeline plan police policy port power president press prices "
      + "prison programme protest province railway reform refugees region report reserve "
      + "resolution river rule sanctions satellite school security senate settlement shipping "
      + "strike summit supply tariff tax territory trade treaty tribunal union university veto "
      + "village vote wages water wheat workers").split(" ");
  private static final String[] VERBS = ("accepts blocks builds cancels challenges changes "
      + "controls delays expands funds ignores limits needs opposes protects raises rejects "
      + "replaces restores reviews shapes signs supports threatens weakens").split(" ");
  private static final String[] OPENERS = {"Why does the", "What happens when the",
      "How did the", "Who decides whether the", "When will the", "Can the", "What does the",
      "Where does the"};
  private static final String[] FIRST_NAMES = ("Amina Bruno Chen Dalia Emeka Farah Goran Hana "
      + "Ines Jonas Kenji Leila Marta Nikolai Olga Pablo Quynh Rahul Sofia Tomas Uma Viktor "
      + "Wanjiru Ximena Yusuf Zofia").split(" ");
  private static final String[] LAST_NAMES = ("Abara Berg Costa Dimitrov Eriksen Fontaine Garcia "
      + "Haddad Ivanova Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quispe Rossi "
      + "Santos Tanaka Urquhart Varga Weber Yilmaz Zhou").split(" ");
  private static final String[] ROLES = {"economist at the central bank",
      "former ambassador", "researcher at a policy institute", "spokesperson for the ministry",
      "professor of international law", "regional governor", "union organiser",
      "analyst at a risk consultancy", "member of parliament", "independent election monitor"};
  private static final String[] PLACES = ("Accra Berlin Bogota Cairo Dhaka Geneva Hanoi Jakarta "
      + "Kyiv Lagos Lima Manila Nairobi Oslo Santiago Seoul Tbilisi Warsaw").split(" ");

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** What was written: counts the benchmark checks the built site against. */
  public record Corpus(
      Path content, int explainers, int questions, int crossLinks, int topics, long bytes) {}

  /** The tag names every explainer draws from. */
  static final List<String> TAGS = tagPool();

  private static List<String> tagPool() {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < TAG_POOL; i++) {
      tags.add(capitalise(WORDS[(i * 7) % WORDS.length]) + " " + WORDS[(i * 13 + 5) % WORDS.length]);
    }
    return List.copyOf(tags);
  }

  /** Writes {@code count} explainers, the site settings and the images into {@code content}. */
  public Corpus write(Path content, int count) throws IOException {
    if (count < 1) {
      throw new IllegalArgumentException("at least one explainer");
    }
    Files.createDirectories(content.resolve("images"));
    Files.writeString(content.resolve("site.yaml"), """
        title: "Benchmark Explainers"
        description: "A synthetic corpus for measuring build speed."
        language: "en"
        publisher: "Backstory"
        """);
    for (int i = 0; i < IMAGES; i++) {
      Files.writeString(content.resolve("images").resolve(imageName(i)), svg(i));
    }
    record Written(int questions, int crossLinks, Set<String> tags, long bytes) {}
    List<Written> written = IntStream.range(0, count).parallel().mapToObj(i -> {
      Explainer explainer = explainer(i, count);
      byte[] bytes = explainer.markdown().getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(content.resolve(explainer.plan().fileName()), bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return new Written(explainer.plan().questionIds().size(), explainer.crossLinks(),
          explainer.tags(), bytes.length);
    }).toList();
    return new Corpus(content, count,
        written.stream().mapToInt(Written::questions).sum(),
        written.stream().mapToInt(Written::crossLinks).sum(),
        (int) written.stream().flatMap(w -> w.tags().stream()).distinct().count(),
        written.stream().mapToLong(Written::bytes).sum());
  }

  /** The name and question ids of explainer {@code index}: all another needs to link to it. */
  record Plan(String fileName, List<String> questionTitles, List<String> questionIds) {
    String slug() {
      return fileName.substring(0, fileName.length() - ".md".length());
    }
  }

  /** One generated explainer. */
  record Explainer(Plan plan, String markdown, int crossLinks, Set<String> tags) {}

  Plan plan(int index) {
    Random random = random(index);
    String slug = String.format(Locale.ROOT, "e%06d-%s-%s", index, pick(random, WORDS),
        pick(random, WORDS));
    int questions = 5 + random.nextInt(3);
    List<String> titles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int q = 0; q < questions; q++) {
      String noun = pick(random, WORDS);
      String title = pick(random, OPENERS) + " " + noun + " " + pick(random, VERBS).replaceAll("s$", "")
          + " the " + pick(random, WORDS) + "?";
      titles.add(title);
      ids.add(noun + "-" + (q + 1)); // unique on the page by its number
    }
    return new Plan(slug + ".md", titles, ids);
  }

  /** Explainer {@code index} of a corpus of {@code count}. */
  Explainer explainer(int index, int count) {
    Plan plan = plan(index);
    // A separate stream from the plan's, so planning another explainer never shifts this one.
    Random random = new Random(mix(seed ^ 0x5DEECE66DL, index));
    int size = 4096 + random.nextInt(4096);
    StringBuilder md = new StringBuilder(size + 1024);
    Set<String> tags = frontMatter(md, plan, random);

    // Where the cross-links go: question sections chosen up front, targets anywhere else.
    int crossLinks = count < 2 ? 0 : 2 + random.nextInt(3);
    List<List<String>> linksBySection = new ArrayList<>();
    for (int q = 0; q < plan.questionIds().size(); q++) {
      linksBySection.add(new ArrayList<>());
    }
    for (int l = 0; l < crossLinks; l++) {
      int other = (index + 1 + random.nextInt(count - 1)) % count;
      Plan linked = plan(other);
      int question = random.nextInt(linked.questionIds().size());
      linksBySection.get(random.nextInt(plan.questionIds().size())).add(
          "[" + phrase(random, 3 + random.nextInt(4)) + "](" + linked.fileName() + "#"
              + linked.questionIds().get(question) + ")");
    }

    paragraph(md, random, List.of());
    if (random.nextBoolean()) {
      paragraph(md, random, List.of());
    }
    int questions = plan.questionIds().size();
    for (int q = 0; q < questions; q++) {
      md.append("## ").append(plan.questionTitles().get(q)).append(" {#")
          .append(plan.questionIds().get(q)).append("}\n\n");
      // Each section takes an equal share of what is left, so the file lands near its size.
      int sectionEnd = md.length() + (size - md.length()) / (questions - q);
      List<String> links = new ArrayList<>(linksBySection.get(q));
      if (q > 0 && random.nextInt(6) == 0) {
        links.add("[as explained above](#" + plan.questionIds().get(0) + ")");
      }
      paragraph(md, random, links);
      if (random.nextInt(100) < 35) {
        quote(md, random);
      }
      if (random.nextInt(100) < 40 && md.length() < sectionEnd - 300) {
        list(md, random);
      }
      if (random.nextInt(100) < 8 && md.length() < sectionEnd - 200) {
        table(md, random);
      }
      if (random.nextInt(100) < 15) {
        md.append("### ").append(capitalise(phrase(random, 3))).append("\n\n");
      }
      while (md.length() < sectionEnd - 300) {
        paragraph(md, random, List.of());
      }
    }
    return new Explainer(plan, md.toString(), crossLinks, tags);
  }

  /** Writes the front matter and returns the tags it gave the explainer. */
  private static Set<String> frontMatter(StringBuilder md, Plan plan, Random random) {
    List<String> pool = TAGS;
    Set<String> tags = new LinkedHashSet<>();
    int tagCount = 2 + random.nextInt(3);
    while (tags.size() < tagCount) {
      // Skewed towards the first tags, as real archives have a few big topics.
      int i = (int) (Math.pow(random.nextDouble(), 2) * pool.size());
      tags.add(pool.get(i));
    }
    LocalDate date = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3650));
    md.append("---\n");
    md.append("title: \"").append(plan.questionTitles().get(0)).append("\"\n");
    md.append("dek: \"").append(capitalise(phrase(random, 14))).append(".\"\n");
    md.append("authors:\n");
    for (int a = 0, n = 1 + random.nextInt(2); a < n; a++) {
      md.append("  - name: \"").append(person(random)).append("\"\n");
      if (random.nextBoolean()) {
        md.append("    role: \"").append(capitalise(pick(random, WORDS))).append(" desk\"\n");
      }
    }
    md.append("source: \"Backstory\"\n");
    md.append("date: ").append(date).append('\n');
    if (random.nextInt(4) == 0) {
      md.append("updated: ").append(date.plusDays(1 + random.nextInt(30))).append('\n');
    }
    md.append("dateline: \"").append(pick(random, PLACES)).append("\"\n");
    md.append("tags: [");
    md.append(String.join(", ", tags.stream().map(t -> "\"" + t + "\"").toList()));
    md.append("]\n");
    if (random.nextInt(4) == 0) {
      md.append("image:\n");
      md.append("  src: \"images/").append(imageName(random.nextInt(IMAGES))).append("\"\n");
      md.append("  alt: \"A chart of ").append(phrase(random, 6)).append("\"\n");
      md.append("  caption: \"").append(capitalise(phrase(random, 10))).append(".\"\n");
      md.append("  credit: \"Illustration: Backstory\"\n");
    }
    md.append("summary: \"").append(capitalise(phrase(random, 22))).append(".\"\n");
    md.append("sources:\n");
    for (int s = 0, n = 1 + random.nextInt(2); s < n; s++) {
      md.append("  - title: \"").append(capitalise(phrase(random, 7))).append("\"\n");
      md.append("    publisher: \"The ").append(pick(random, PLACES)).append(" Herald\"\n");
      md.append("    url: \"https://example.org/").append(pick(random, WORDS)).append('/')
          .append(random.nextInt(100000)).append("\"\n");
    }
    if (random.nextInt(5) == 0) {
      md.append("timeline:\n");
      for (int t = 0, n = 2 + random.nextInt(3); t < n; t++) {
        md.append("  - date: \"").append(2000 + random.nextInt(24)).append("\"\n");
        md.append("    event: \"").append(capitalise(phrase(random, 8))).append(".\"\n");
        md.append("    question: \"").append(plan.questionIds().get(random.nextInt(
            plan.questionIds().size()))).append("\"\n");
      }
    }
    md.append("---\n\n");
    return tags;
  }

  private static void paragraph(StringBuilder md, Random random, List<String> links) {
    int words = 40 + random.nextInt(50);
    List<String> parts = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      parts.add(pick(random, WORDS));
    }
    // Some inline markup, as editors write it.
    if (random.nextInt(3) == 0) {
      int at = random.nextInt(words);
      parts.set(at, "*" + parts.get(at) + "*");
    }
    if (random.nextInt(4) == 0) {
      int at = random.nextInt(words);
      parts.set(at, "**" + parts.get(at) + "**");
    }
    if (random.nextInt(5) == 0) {
      int at = random.nextInt(words);
      parts.set(at, "\"" + parts.get(at) + "\"");
    }
    if (random.nextInt(6) == 0) {
      parts.add(random.nextInt(words), "[a report](https://example.org/report/" + random.nextInt(1000) + ")");
    }
    for (String link : links) {
      parts.add(random.nextInt(parts.size()), link);
    }
    StringBuilder text = new StringBuilder(capitalise(String.join(" ", parts)));
    // Sentences of ten to fifteen words.
    for (int at = 60 + random.nextInt(40); at < text.length() - 20; at += 60 + random.nextInt(40)) {
      int space = text.indexOf(" ", at);
      if (space < 0 || text.charAt(space - 1) == ')' || insideLink(text, space)) {
        continue;
      }
      text.setCharAt(space, '.');
      text.insert(space + 1, ' ');
      text.setCharAt(space + 2, Character.toUpperCase(text.charAt(space + 2)));
    }
    md.append(text).append(".\n\n");
  }

  /** Whether position {@code at} is inside a {@code [text](target)} link, which must stay whole. */
  private static boolean insideLink(StringBuilder text, int at) {
    int open = text.lastIndexOf("[", at);
    int close = text.lastIndexOf(")", at);
    return open > close;
  }

  private static void list(StringBuilder md, Random random) {
    boolean ordered = random.nextInt(3) == 0;
    for (int i = 1, n = 3 + random.nextInt(3); i <= n; i++) {
      md.append(ordered ? i + ". " : "- ").append(capitalise(phrase(random, 6 + random.nextInt(8))))
          .append(";\n");
    }
    md.append('\n');
  }

  private static void quote(StringBuilder md, Random random) {
    md.append("> ").append(capitalise(phrase(random, 18 + random.nextInt(15)))).append(".\n>\n");
    md.append("> — ").append(person(random)).append(", ").append(pick(random, ROLES)).append("\n\n");
  }

  private static void table(StringBuilder md, Random random) {
    md.append("| Year | ").append(capitalise(pick(random, WORDS))).append(" | ")
        .append(capitalise(pick(random, WORDS))).append(" |\n");
    md.append("| --- | ---: | ---: |\n");
    for (int row = 0, n = 3 + random.nextInt(4); row < n; row++) {
      md.append("| ").append(2015 + row).append(" | ").append(random.nextInt(1000)).append(" | ")
          .append(random.nextInt(100)).append('.').append(random.nextInt(10)).append(" |\n");
    }
    md.append('\n');
  }

  static String imageName(int i) {
    return String.format(Locale.ROOT, "chart-%02d.svg", i);
  }

  private static String svg(int i) {
    StringBuilder bars = new StringBuilder();
    Random random = new Random(i);
    for (int b = 0; b < 8; b++) {
      int height = 20 + random.nextInt(150);
      bars.append(String.format(Locale.ROOT,
          "  <rect x=\"%d\" y=\"%d\" width=\"30\" height=\"%d\" fill=\"#3a6ea5\"/>%n",
          20 + b * 45, 190 - height, height));
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\" "
        + "viewBox=\"0 0 400 200\">\n" + bars + "</svg>\n";
  }

  private static String person(Random random) {
    return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
  }

  private static String phrase(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : " ").append(pick(random, WORDS));
    }
    return text.toString();
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Random random(int index) {
    return new Random(mix(seed, index));
  }

  /** A well-spread seed per explainer, so neighbouring numbers do not give similar text. */
  private static long mix(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
