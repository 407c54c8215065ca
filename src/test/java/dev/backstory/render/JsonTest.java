package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
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
}
