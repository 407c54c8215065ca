package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BlockQuote;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteAttributionTest {

  private static Optional<QuoteAttribution> attribution(String markdown) {
    BlockQuote quote = (BlockQuote) MarkdownSyntax.PARSER.parse(markdown).getFirstChild();
    return QuoteAttribution.of(quote);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "— Jake Sullivan, US national security adviser|Jake Sullivan|US national security adviser",
      "-- Sydney Seiler, former officer, US National Intelligence Council|Sydney Seiler|former officer, US National Intelligence Council",
      "—Philip Goldberg|Philip Goldberg|",
      "— *Alexandre Mansourov*, Georgetown University|Alexandre Mansourov|Georgetown University",
      "— محمد علي، محلل سياسي|محمد علي|محلل سياسي",
      "— 王毅，外交部长|王毅|外交部长",
      "— 岸田文雄、首相|岸田文雄|首相",
  })
  void readsSpeakerAndRole(String line, String speaker, String role) {
    QuoteAttribution found = attribution("> Words said.\n>\n> " + line + "\n").orElseThrow();
    assertEquals(speaker, found.speaker());
    assertEquals(role, found.role());
  }

  @Test
  void aQuoteWithoutADashLineIsAPlainBlockquote() {
    assertTrue(attribution("> Words said.\n>\n> Not an attribution.\n").isEmpty());
    assertTrue(attribution("> — Only a dash line\n").isEmpty(), "the quote needs words too");
    assertTrue(attribution("> Words.\n>\n> — , a role only\n").isEmpty(), "no one to name");
  }

  @Test
  void aRoleIsOptional() {
    assertNull(attribution("> Words.\n>\n> — Kim\n").orElseThrow().role());
  }
}
