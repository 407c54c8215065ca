package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void escapesWhatJsonAndAnHtmlScriptElementNeed() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e \\u0026 \\u2028 \u00e9\"",
        Json.compact("a\"b\\c\nd\u0001</script> & \u2028 \u00e9"));
  }

  @Test
  void whatItWritesReadsBackTheSame() throws Exception {
    Map<String, Object> value = new TreeMap<>();
    value.put("text", "Kim's \"weapons\" </script> \t 한국어 🚀");
    value.put("list", List.of(1, true, "x"));
    value.put("empty", Map.of());
    value.put("none", List.of());
    ObjectMapper jackson = new ObjectMapper();
    assertEquals(jackson.valueToTree(value), jackson.readTree(Json.write(value)));
    assertEquals(jackson.valueToTree(value), jackson.readTree(Json.compact(value)));
  }

  /** graph.json's nodes are made one at a time as they are written, never all held at once. */
  @Test
  void anIterableIsWrittenAsItsListEachItemMadeOnlyOnceTheOneBeforeIsWritten() throws Exception {
    List<Object> items = List.of(Map.of("a", 1), "x", List.of(), Map.of("b", List.of(2, 3)));
    Map<String, Object> value = new TreeMap<>(Map.of("items", items, "none", List.of()));
    StringWriter out = new StringWriter();
    List<Integer> writtenWhenMade = new ArrayList<>();
    Map<String, Object> lazily = new TreeMap<>(Map.of(
        "items", (Iterable<Object>) () -> items.stream().map(item -> {
          writtenWhenMade.add(out.getBuffer().length());
          return item;
        }).iterator(),
        "none", (Iterable<Object>) () -> List.of().iterator()));

    Json.write(lazily, out);

    assertEquals(Json.write(value), out.toString());
    assertEquals(items.size(), writtenWhenMade.size());
    for (int i = 1; i < writtenWhenMade.size(); i++) {
      assertTrue(writtenWhenMade.get(i) > writtenWhenMade.get(i - 1),
          "item " + i + " was made before item " + (i - 1) + " was written: " + writtenWhenMade);
    }
  }
}
