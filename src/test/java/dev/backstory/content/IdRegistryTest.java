package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdRegistryTest {

  private static final Pattern LITERAL_ID = Pattern.compile("\\bid=\"([^\"$]+)\"");

  /**
   * Every id the default layout writes on an explainer page is kept from headings, so a
   * question called "Headline" or `{#toc-label}` cannot give the page a second element with it.
   */
  @Test
  void reservesEveryIdTheExplainerPageLayoutWrites() throws IOException {
    Path folder = Path.of("templates");
    List<Path> templates = new ArrayList<>(
        List.of(folder.resolve("layout.ftlh"), folder.resolve("explainer.ftlh")));
    try (Stream<Path> partials = Files.list(folder.resolve("partials"))) {
      partials.forEach(templates::add);
    }
    Set<String> written = new TreeSet<>();
    for (Path template : templates) {
      Matcher id = LITERAL_ID.matcher(Files.readString(template));
      while (id.find()) {
        written.add(id.group(1));
      }
    }
    Set<String> unreserved = new TreeSet<>(written);
    unreserved.removeAll(IdRegistry.LAYOUT_IDS);
    assertEquals(Set.of(), unreserved, "ids the layout writes that a heading could take");
  }
}
