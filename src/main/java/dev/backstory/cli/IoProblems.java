package dev.backstory.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure as a reader needs it. The JDK's exceptions for file systems often carry only
 * the path, their class saying what went wrong: "permission denied" would otherwise print as
 * a bare {@code /var/www/.html.staging-2i6q}.
 */
final class IoProblems {

  private IoProblems() {}

  static String describe(IOException e) {
    if (!(e instanceof FileSystemException problem) || problem.getReason() != null) {
      return e.getMessage();
    }
    String reason = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof FileAlreadyExistsException ? "already exists"
        : e instanceof NotDirectoryException ? "not a folder"
        : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
        : "failed";
    return e.getMessage() + ": " + reason;
  }
}
