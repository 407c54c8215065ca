package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The line a YAML mistake's message offers reads back as the text the writer meant; checked
 * on random values built from the characters that make the mistakes, with a fixed seed.
 */
class YamlMistakesTest {

  private static final String CHARACTERS = "ab Kz:'\"\\#?é-";

  /** The value of the first key of {@code yaml}, as the YAML reader reads it. */
  private static Node firstValue(String yaml) {
    Node node = new Compose(LoadSettings.builder().build()).composeString(yaml).orElseThrow();
    return ((MappingNode) node).getValue().get(0).getValueNode();
  }

  private static String title(String yaml) {
    return ((ScalarNode) firstValue(yaml)).getValue();
  }

  private static String random(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
    }
    return text.toString();
  }

  @Test
  void aQuotedValueReadsBackAsItsText() {
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      String text = random(random, random.nextInt(20));
      assertEquals(text, title("title: " + YamlMistakes.quote(text) + "\n"), text);
    }
  }

  /**
   * For each value the YAML reader refuses and this class explains with a line, that line
   * reads back as the value meant: the value as typed, or the text inside its outer quotes.
   */
  @Test
  void theLineOfferedReadsBackAsTheValueMeant() {
    Random random = new Random(11);
    int explained = 0;
    for (int i = 0; i < 20_000; i++) {
      String value = "W" + random(random, 1 + random.nextInt(16)) + "?";
      if (random.nextBoolean()) {
        char mark = random.nextBoolean() ? '"' : '\'';
        value = mark + value + (random.nextInt(4) == 0 ? " more" : String.valueOf(mark));
      }
      String yaml = "title: " + value + "\ndate: 2023-09-01\n";
      Optional<YamlMistakes.Explained> explanation;
      try {
        new Compose(LoadSettings.builder().build()).composeString(yaml);
        continue;
      } catch (MarkedYamlEngineException e) {
        explanation = YamlMistakes.explain(e, yaml);
      }
      String message = explanation.map(YamlMistakes.Explained::message).orElse("");
      if (!message.contains("`title: ")) {
        continue;
      }
      explained++;
      assertEquals(0, explanation.get().line(), message);
      String line = message.substring(message.indexOf("`title: ") + 1, message.length() - 1);
      char first = value.charAt(0);
      boolean quoted = first == '"' || first == '\'';
      String meant = quoted && value.length() > 1 && value.endsWith(String.valueOf(first))
          ? value.substring(1, value.length() - 1) : value;
      assertEquals(meant, title(line + "\n"), yaml + "\n" + message);
    }
    assertTrue(explained > 1_000, "explained " + explained);
  }

  /**
   * A list left open, or a quote left open at its line's end, is told where it opens, wherever
   * it sits among other keys and whatever those hold, and not where the YAML reader stopped.
   */
  @Test
  void anOpenBracketOrQuoteIsToldWhereItOpens() {
    Random random = new Random(17);
    int told = 0;
    for (int i = 0; i < 3_000; i++) {
      int keys = 2 + random.nextInt(5);
      int broken = random.nextInt(keys);
      String opening = random.nextBoolean() ? "[" : random.nextBoolean() ? "\"" : "'";
      StringBuilder yaml = new StringBuilder();
      for (int k = 0; k < keys; k++) {
        String key = "k" + k + "x".repeat(random.nextInt(3));
        String words = "Wa" + " word".repeat(random.nextInt(3));
        yaml.append(key).append(": ").append(switch (k == broken ? 3 : random.nextInt(3)) {
          case 0 -> words;
          case 1 -> "\"" + words + "\"";
          case 2 -> "[" + words + ", b]";
          default -> opening + words + (opening.equals("[") ? ", b" : "");
        }).append('\n');
      }
      Optional<YamlMistakes.Explained> explanation;
      try {
        new Compose(LoadSettings.builder().build()).composeString(yaml.toString());
        continue;
      } catch (MarkedYamlEngineException e) {
        explanation = YamlMistakes.explain(e, yaml.toString());
      }
      String line = yaml.toString().lines().skip(broken).findFirst().orElseThrow();
      assertTrue(explanation.isPresent(), yaml.toString());
      assertEquals(List.of(broken, line.indexOf(": ") + 2),
          List.of(explanation.get().line(), explanation.get().column()),
          yaml + "\n" + explanation.get().message());
      told++;
    }
    assertTrue(told > 2_000, "told " + told);
  }

  /**
   * A quote left open that a quote mark ending a later line happens to close is valid YAML,
   * keys taken in as text: it is told where it opens, wherever it sits and whatever the lines
   * between hold; and a value meant to go on over lines, indented under its key, is not.
   */
  @Test
  void aQuoteClosedLinesLaterIsToldWhereItOpens() {
    Random random = new Random(19);
    for (int i = 0; i < 2_000; i++) {
      int keys = 3 + random.nextInt(5);
      int open = random.nextInt(keys - 1);
      int closed = open + 1 + random.nextInt(keys - open - 1);
      boolean meant = random.nextInt(4) == 0;
      char mark = random.nextBoolean() ? '"' : '\'';
      StringBuilder yaml = new StringBuilder();
      for (int k = 0; k < keys; k++) {
        String words = "Wa" + " word".repeat(random.nextInt(3));
        String indent = meant && k > open && k <= closed ? "  " : "";
        String value = k == open ? mark + words : k == closed ? words + mark
            : k > open && k < closed ? words : random.nextBoolean() ? words : "[" + words + "]";
        yaml.append(indent).append("k").append(k).append(": ").append(value).append('\n');
      }
      Node root = new Compose(LoadSettings.builder().build()).composeString(yaml.toString())
          .orElseThrow();
      List<YamlMistakes.Explained> runOn = YamlMistakes.unmeant(root, yaml.toString()).runOn();
      if (meant) {
        assertEquals(List.of(), runOn, yaml.toString());
      } else {
        assertEquals(1, runOn.size(), yaml.toString());
        assertEquals(List.of(open, ("k" + open + ": ").length()),
            List.of(runOn.get(0).line(), runOn.get(0).column()), yaml.toString());
      }
    }
  }

  /** A line too long to read in a message (a paragraph pasted as a value) is not offered. */
  @Test
  void aLongLineIsNotRepeatedInTheMessage() {
    String yaml = "title: Why" + " now".repeat(1_000) + ": the deal\ndate: 2023-09-01\n";
    MarkedYamlEngineException e = assertThrows(
        MarkedYamlEngineException.class,
        () -> new Compose(LoadSettings.builder().build()).composeString(yaml));
    assertEquals("a value holding `: ` must be in quotes",
        YamlMistakes.explain(e, yaml).orElseThrow().message());
  }

  @Test
  void aSingleValueMeantAsAListHoldsItsPartsBetweenCommasUnquoted() {
    assertEquals(List.of("economy", "trade", "it's"),
        YamlReader.listItems("economy, \"trade\" ,'it's', ,"));
    assertEquals(List.of("\"", "'a"), YamlReader.listItems("\", 'a"));
  }

  /**
   * Where a list of tags or names is given as one value, the list the message offers reads
   * back as that value's items.
   */
  @Test
  void theListOfferedForASingleValueReadsBackAsItsParts() {
    Random random = new Random(13);
    int offered = 0;
    for (int i = 0; i < 5_000; i++) {
      String value = "T" + random(random, random.nextInt(16)).replace(':', ',');
      String yaml = "tags: " + value + "\n";
      List<Diagnostic> problems = new ArrayList<>();
      YamlReader reader = new YamlReader(new LineMap("a.md", yaml, 1), problems);
      Optional<Node> root = reader.parse(yaml, SourcePosition.startOf("a.md"));
      if (root.isEmpty()) {
        continue;
      }
      Node tags = ((MappingNode) root.get()).getValue().get(0).getValueNode();
      if (!(tags instanceof ScalarNode scalar)) {
        continue;
      }
      assertEquals(List.of(), reader.textItems(tags, "tags"));
      String message = problems.get(0).message();
      String line = message.substring(message.indexOf("`tags: ") + 1,
          message.indexOf("`, or each item"));
      assertEquals(YamlReader.listItems(scalar.getValue()), items(line), yaml + "\n" + message);
      offered++;
    }
    assertTrue(offered > 2_000, "offered " + offered);
  }

  private static List<String> items(String yaml) {
    return ((SequenceNode) firstValue(yaml)).getValue().stream()
        .map(item -> ((ScalarNode) item).getValue()).toList();
  }
}
