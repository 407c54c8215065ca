package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline, and dependencies point down it only: a package may use
 * the packages ranked below it, never those above. A new package needs a rank here.
 */
class PackageDependencyTest {

  private static final Map<String, Integer> RANK = Map.ofEntries(
      Map.entry("diag", 0),
      Map.entry("model", 1),
      Map.entry("content", 2),
      Map.entry("resolve", 3),
      Map.entry("render", 4),
      Map.entry("output", 5),
      Map.entry("build", 6),
      Map.entry("serve", 7),
      Map.entry("cli", 8));

  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?dev\\.backstory\\.(\\w+)\\.|dev\\.backstory\\.(\\w+)\\.[A-Z]");

  @Test
  void dependenciesPointDownThePipeline() throws IOException {
    Path sources = Path.of("src/main/java/dev/backstory");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String pkg = sources.relativize(file).getName(0).toString();
        Integer rank = RANK.get(pkg);
        if (rank == null) {
          violations.add(file + ": package `" + pkg + "` has no rank in PackageDependencyTest");
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1) != null ? m.group(1) : m.group(2);
          Integer usedRank = RANK.get(used);
          if (usedRank != null && usedRank > rank) {
            violations.add(file + " (" + pkg + ") uses " + used + ", which comes later in the pipeline");
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
