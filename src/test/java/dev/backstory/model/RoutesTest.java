package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {
  @Test
  void linksAreRelativeAndNameTheFile() {
    assertEquals("../b/index.html", Routes.relative("a/index.html", "b/index.html"));
    assertEquals("b/index.html", Routes.relative("index.html", "b/index.html"));
    assertEquals("../../a/index.html", Routes.relative("topics/x/index.html", "a/index.html"));
    assertEquals("../index.html", Routes.relative("a/index.html", "index.html"));
    assertEquals("../media/images/a%20b.png",
        Routes.relative("a/index.html", "media/images/a b.png"));
  }
}
