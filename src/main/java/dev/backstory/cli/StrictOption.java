package dev.backstory.cli;

import picocli.CommandLine.Option;

/** {@code --strict}: for a review that lets no warning through, such as a newsroom's CI. */
final class StrictOption {

  @Option(names = "--strict",
      description = "Count every warning as an error: exit with 1 and, for a build, write nothing.")
  boolean strict;
}
