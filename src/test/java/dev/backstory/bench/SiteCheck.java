package dev.backstory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Checks that a site built from a generated corpus is complete, so a fast but wrong build
 * cannot pass the benchmark: a page for every explainer holding every one of its question ids,
 * a page for every topic, the home page, and every relative link on an explainer page leading
 * to a page that exists and, with a {@code #fragment}, to an id on that page.
 */
public final class SiteCheck {

  private static final Pattern HREF = Pattern.compile("\\shref=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** What was found; the site is complete when {@code problems} is empty. */
  public record Result(int explainerPages, int topicPages, int crossLinks, int linksChecked,
      List<String> problems) {
    public boolean complete() {
      return problems.isEmpty();
    }
  }

  private final Path site;
  private final Map<Path, Set<String>> idsByPage = new ConcurrentHashMap<>();

  private SiteCheck(Path site) {
    this.site = site;
  }

  /** Checks {@code site}, built from {@code corpus} as made by {@code generator}. */
  public static Result check(Path site, CorpusGenerator generator, CorpusGenerator.Corpus corpus)
      throws IOException {
    return new SiteCheck(site).run(generator, corpus);
  }

  private Result run(CorpusGenerator generator, CorpusGenerator.Corpus corpus) throws IOException {
    List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger crossLinks = new AtomicInteger();
    AtomicInteger links = new AtomicInteger();
    AtomicInteger explainerPages = new AtomicInteger();
    try {
      IntStream.range(0, corpus.explainers()).parallel().forEach(i -> {
        CorpusGenerator.Plan plan = generator.plan(i);
        Path page = site.resolve(plan.slug()).resolve("index.html");
        if (!Files.isRegularFile(page)) {
          problems.add("no page for " + plan.fileName());
          return;
        }
        explainerPages.incrementAndGet();
        Set<String> ids = ids(page);
        for (String id : plan.questionIds()) {
          if (!ids.contains(id)) {
            problems.add(page + ": no question #" + id);
          }
        }
        checkLinks(page, problems, links, crossLinks);
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!Files.isRegularFile(site.resolve("index.html"))) {
      problems.add("no home page");
    }
    int topicPages;
    try (Stream<Path> topics = Files.list(site.resolve("topics"))) {
      topicPages = (int) topics.filter(t -> Files.isRegularFile(t.resolve("index.html"))).count();
    }
    if (topicPages != corpus.topics()) {
      problems.add(topicPages + " topic pages for " + corpus.topics() + " tags");
    }
    if (crossLinks.get() < corpus.crossLinks()) {
      problems.add(crossLinks.get() + " links to other explainers' questions, but the corpus has "
          + corpus.crossLinks());
    }
    List<String> first = problems.stream().sorted().limit(20).toList();
    return new Result(explainerPages.get(), topicPages, crossLinks.get(), links.get(),
        problems.size() > first.size() ? append(first, "and " + (problems.size() - 20) + " more")
            : first);
  }

  private void checkLinks(Path page, List<String> problems, AtomicInteger links,
      AtomicInteger crossLinks) {
    Matcher href = HREF.matcher(read(page));
    while (href.find()) {
      String target = href.group(1).replace("&amp;", "&");
      if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
        continue;
      }
      int hash = target.indexOf('#');
      String path = hash < 0 ? target : target.substring(0, hash);
      if (!path.isEmpty() && !path.endsWith(".html")) {
        continue; // the theme's stylesheet and icons are the templates' business, not the content's
      }
      links.incrementAndGet();
      Path file = path.isEmpty() ? page
          : page.getParent().resolve(URI.create("x/" + path).getPath().substring(2)).normalize();
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        problems.add(page + ": link to missing " + target);
        continue;
      }
      if (hash >= 0) {
        String fragment = target.substring(hash + 1);
        if (!ids(file).contains(fragment)) {
          problems.add(page + ": link to missing id " + target);
        } else if (!file.equals(page) && file.getFileName().toString().equals("index.html")
            && !file.getParent().getParent().equals(site.resolve("topics"))) {
          crossLinks.incrementAndGet();
        }
      }
    }
  }

  private Set<String> ids(Path page) {
    return idsByPage.computeIfAbsent(page, p -> {
      Matcher id = ID.matcher(read(p));
      return id.results().map(m -> m.group(1)).collect(Collectors.toUnmodifiableSet());
    });
  }

  private static String read(Path page) {
    try {
      return Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> append(List<String> list, String last) {
    List<String> all = new ArrayList<>(list);
    all.add(last);
    return all;
  }
}
