package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main demo explainer's whole page, compared byte for byte with a reviewed copy. When a
 * change to the layout or renderer is intended, regenerate the copy with
 * {@code mvn test -Dtest=GoldenPageTest -Dbackstory.updateGolden=true} and review the diff.
 */
class GoldenPageTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/kim-putin.html");

  @Test
  void mainExplainerMatchesItsGoldenPage(@TempDir Path temp) throws IOException {
    CaseSite demo = CaseSite.demo(temp);
    assertEquals(0, demo.run().exitCode());
    String page = Files.readString(demo.site().resolve("kim-putin/index.html"));
    if (Boolean.getBoolean("backstory.updateGolden")) {
      Files.writeString(GOLDEN, page);
    }
    assertEquals(Files.readString(GOLDEN), page, "the page changed; if that is intended, "
        + "run mvn test -Dtest=GoldenPageTest -Dbackstory.updateGolden=true and review the diff");
  }
}
