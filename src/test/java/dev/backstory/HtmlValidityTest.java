package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the demo site passes the W3C Nu HTML Checker with no errors. */
class HtmlValidityTest {

  /** Checks HTML files with the Nu HTML Checker, in this process, and lists every error. */
  static List<String> validate(List<Path> pages) throws Exception {
    List<String> errors = new ArrayList<>();
    Path[] current = new Path[1];
    ErrorHandler collector = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) { }

      @Override
      public void error(SAXParseException e) {
        errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
    for (Path page : pages) {
      current[0] = page;
      validator.checkHtmlFile(page.toFile(), true);
    }
    return errors;
  }

  @Test
  void everyDemoPageIsValidHtml(@TempDir Path temp) throws Exception {
    CaseSite demo = CaseSite.demo(temp);
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
    List<Path> pages;
    try (Stream<Path> files = Files.walk(demo.site())) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() >= 15, "pages checked: " + pages.size());
    List<String> errors = validate(pages);
    System.out.printf("Nu HTML Checker: %d pages, %d errors%n", pages.size(), errors.size());
    assertEquals(List.of(), errors);
  }

  @Test
  void theCheckerCatchesInvalidHtml(@TempDir Path temp) throws Exception {
    Path bad = temp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
        + "<body><p><div>block in p</p><img src=a.png></body></html>");
    assertTrue(validate(List.of(bad)).size() >= 1, "an image without alt must be reported");
  }
}
