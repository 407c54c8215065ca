package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content folder as a source of files: those the build reads (explainers, people,
 * {@code site.yaml}) and those explainers refer to. References are resolved against the
 * referring file, and everything must stay inside the folder, symbolic links included, so a
 * build can never copy {@code ../../etc/passwd} into a site.
 */
public final class ContentFiles {

  /** What a reference from one content file to another leads to. */
  public enum Status {
    FOUND,
    MISSING,
    OUTSIDE,
    /** Folders separated by {@code \}, which only Windows reads as a separator. */
    BACKSLASH
  }

  /** How a reference whose lookup is {@link Status#BACKSLASH} is written instead. */
  public static String withSlashes(String reference) {
    return "`" + reference + "` separates folders with `\\`, which only Windows reads so; write `"
        + reference.replace('\\', '/') + "`";
  }

  /**
   * A looked-up reference.
   *
   * @param contentPath the target relative to the content folder, with {@code /} separators
   */
  public record Lookup(String contentPath, Status status) {}

  private final Path root;
  private final Path realRoot;

  public ContentFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  /**
   * Looks up a relative reference, percent-encoded or not, such as {@code images/a%20b.png}
   * or {@code ../other.md}, written in the file at {@code fromContentPath}.
   */
  public Lookup lookup(String fromContentPath, String reference) {
    return lookup(fromContentPath, reference, contentPath -> false);
  }

  /**
   * Like {@link #lookup(String, String)}, but a target for which {@code alreadyRead} holds (an
   * explainer the load phase found and read) is taken as found without asking the disk again;
   * a site's links mostly point at explainers, and a preview resolves them on every save.
   */
  public Lookup lookup(
      String fromContentPath, String reference, java.util.function.Predicate<String> alreadyRead) {
    String decoded = PercentDecoding.decode(reference);
    if (decoded.startsWith("/") || decoded.indexOf(':') >= 0) {
      return new Lookup(decoded, Status.OUTSIDE);
    }
    if (decoded.indexOf('\\') >= 0) {
      return new Lookup(decoded, Status.BACKSLASH);
    }
    Path target;
    try {
      target = root.resolve(fromContentPath).getParent().resolve(decoded).normalize();
    } catch (InvalidPathException e) {
      // Such as a NUL written as %00: no file can have that name.
      return new Lookup(decoded, Status.MISSING);
    }
    if (!target.startsWith(root)) {
      return new Lookup(decoded, Status.OUTSIDE);
    }
    String contentPath = contentPath(target);
    if (alreadyRead.test(contentPath)) {
      return new Lookup(contentPath, Status.FOUND);
    }
    if (!Files.isRegularFile(target)) {
      Optional<Path> respelled = sameNameOnDisk(target);
      if (respelled.isEmpty()) {
        return new Lookup(contentPath, Status.MISSING);
      }
      target = respelled.get();
      contentPath = contentPath(target);
    }
    try {
      if (!target.toRealPath().startsWith(realRoot)) {
        return new Lookup(contentPath, Status.OUTSIDE);
      }
    } catch (IOException e) {
      return new Lookup(contentPath, Status.MISSING);
    }
    return new Lookup(contentPath, Status.FOUND);
  }

  /**
   * The file whose name has the same letters as {@code target}'s but is written in another
   * Unicode form. macOS keeps file names as they were made, often with accents as letters of
   * their own ({@code e} then U+0301), while a keyboard types {@code é} as one; its disk
   * finds either spelling, so such a site builds there and then fails on a Linux server. Each
   * part of the path is compared composed, as Unicode's canonical equivalence says they are
   * the same name; a folder holding two such spellings of one name is left to fail as missing.
   */
  private Optional<Path> sameNameOnDisk(Path target) {
    Path found = root;
    for (Path part : root.relativize(target)) {
      Path exact = found.resolve(part.toString());
      if (Files.exists(exact)) {
        found = exact;
        continue;
      }
      String wanted = composed(part);
      try (Stream<Path> entries = Files.list(found)) {
        List<Path> alike = entries.filter(entry -> composed(entry.getFileName()).equals(wanted))
            .limit(2).toList();
        if (alike.size() != 1) {
          return Optional.empty();
        }
        found = alike.get(0);
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Files.isRegularFile(found) ? Optional.of(found) : Optional.empty();
  }

  private static String composed(Path name) {
    return Normalizer.normalize(name.toString(), Normalizer.Form.NFC);
  }

  /**
   * Reads a file the folder holds (an explainer, {@code site.yaml}, a person), unless it is a
   * symbolic link that leads out of the folder: like a link's target, such a file is never
   * read, as its text could reach the site or, quoted in a message, a build's log.
   */
  SourceText.Result read(Path file, String displayName) throws IOException {
    if (Files.isSymbolicLink(file)) {
      Path real = file.toRealPath();
      if (!real.startsWith(realRoot)) {
        return new SourceText.Result(null, Diagnostic.error(SourcePosition.startOf(displayName),
            "this file is a symbolic link to %s, outside the content folder, and is not read; "
                + "copy the file in instead", real));
      }
    }
    return SourceText.read(file, displayName);
  }

  /** The absolute file for a content path that {@link #lookup} found. */
  public Path file(String contentPath) {
    return root.resolve(contentPath);
  }

  String contentPath(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
