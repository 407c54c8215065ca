package dev.backstory.render;

import dev.backstory.content.SourceText;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.resolve.MediaAddresses;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The theme's files, its layouts and partials and the static files under {@code assets/},
 * checked before any is read. A symbolic link among them that leads out of the templates
 * folder is refused, as one in the content folder is: whatever it reaches (a key, a password
 * file) would be printed into pages or served to every reader and packed into the offline
 * copy. Links that stay inside are followed. Every template, partials included, must be
 * UTF-8: FreeMarker would read a stray byte of another encoding as a replacement character
 * on every page. A template that turns escaping off is warned about ({@link EscapeBypasses}).
 */
public final class ThemeFiles {

  private ThemeFiles() {}

  /** The problems with the files of {@code templates}, named under {@code displayName}. */
  public static List<Diagnostic> check(Path templates, String displayName) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    Set<String> assets = new TreeSet<>();
    read(templates, displayName, problems, (file, name) -> {
      if (isTemplate(file)) {
        try {
          problems.addAll(EscapeBypasses.in(Files.readString(file), name));
        } catch (MalformedInputException notUtf8) {
          SourceText.notUtf8(file, name).ifPresent(problems::add);
        }
      } else if (name.startsWith(displayName + "/assets/") && !name.contains("/.")) {
        // Hidden files (an editor's `.swp`) are not published, so they cannot collide.
        assets.add(name);
      }
    });
    // The assets are published as they are named, as the content's media files are.
    Map<String, String> inAnyCase = new HashMap<>();
    for (String asset : assets) {
      String other = inAnyCase.putIfAbsent(asset.toLowerCase(Locale.ROOT), asset);
      if (other != null) {
        problems.add(MediaAddresses.differOnlyInCase(asset, other));
      }
    }
    return problems;
  }

  /** What is done with each file of the theme that may be read. */
  interface FileReading {
    void read(Path file, String displayName) throws IOException;
  }

  /**
   * Gives {@code reading} every file of {@code templates} that may be read, each with how
   * messages name it, and adds to {@code problems} the links that lead out.
   */
  static void read(Path templates, String displayName, List<Diagnostic> problems,
      FileReading reading) throws IOException {
    if (!Files.isDirectory(templates)) {
      return;
    }
    Path inside = templates.toRealPath();
    Files.walkFileTree(templates, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes)
              throws IOException {
            return leadsOut(folder) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (!leadsOut(file)) {
              reading.read(file, name(file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (!(e instanceof FileSystemLoopException)) {
              throw e;
            }
            problems.add(error(file, "this folder is a symbolic link to a folder that holds "
                + "it; remove the link"));
            return FileVisitResult.CONTINUE;
          }

          private boolean leadsOut(Path path) throws IOException {
            if (!Files.isSymbolicLink(path)) {
              return false;
            }
            if (!Files.exists(path)) {
              problems.add(error(path, "this file is a symbolic link to %s, which does not "
                  + "exist", Files.readSymbolicLink(path)));
              return true;
            }
            Path real = path.toRealPath();
            if (real.startsWith(inside)) {
              return false;
            }
            problems.add(error(path, "this file is a symbolic link to %s, outside the "
                + "templates folder, and is neither read nor published; copy it in instead",
                real));
            return true;
          }

          private Diagnostic error(Path path, String message, Object... details) {
            return Diagnostic.error(SourcePosition.startOf(name(path)), message, details);
          }

          private String name(Path path) {
            return displayName + "/" + templates.relativize(path).toString().replace('\\', '/');
          }
        });
  }

  static boolean isTemplate(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".ftlh") || name.endsWith(".ftl") || name.endsWith(".ftlx");
  }
}
