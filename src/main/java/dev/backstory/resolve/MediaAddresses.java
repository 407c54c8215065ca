package dev.backstory.resolve;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Routes;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Files the site copies are published under their names composed ({@link Routes#media}), so
 * two files whose names differ only in how their accents are written would be published at
 * one address, the second over the first. Two whose names differ only in letter case are
 * published apart, but macOS and Windows take them for one file, so a reader unpacking the
 * offline copy there would see one image in the other's place. A Linux disk can hold both
 * pairs; this names them.
 */
public final class MediaAddresses {

  private MediaAddresses() {}

  /** @param displayRoot how messages name the content folder, such as {@code content} */
  public static void check(Collection<String> mediaFiles, String displayRoot,
      Diagnostics diagnostics) {
    Map<String, String> byAddress = new HashMap<>();
    Map<String, String> byAddressInAnyCase = new HashMap<>();
    for (String media : mediaFiles) {
      String address = Routes.media(media);
      String other = byAddress.putIfAbsent(address, media);
      if (other == null) {
        String otherCase =
            byAddressInAnyCase.putIfAbsent(address.toLowerCase(Locale.ROOT), media);
        if (otherCase != null) {
          diagnostics.add(differOnlyInCase(displayRoot + "/" + media,
              displayRoot + "/" + otherCase));
        }
        continue;
      }
      String decomposed = Normalizer.isNormalized(media, Normalizer.Form.NFC) ? other : media;
      String composed = decomposed.equals(media) ? other : media;
      diagnostics.add(Diagnostic.error(SourcePosition.startOf(displayRoot + "/" + decomposed),
          "this file's name is written decomposed (an accent or a Hangul syllable as separate "
              + "characters), and %s/%s has the "
              + "same name written composed; both would be published as %s, so rename or "
              + "delete one", displayRoot, composed, address));
    }
  }

  /** The warning for a published file whose name differs from another's only in letter case. */
  public static Diagnostic differOnlyInCase(String file, String other) {
    return Diagnostic.warning(SourcePosition.startOf(file), "this file's name differs from %s "
        + "only in letter case; macOS and Windows take the two for one file, so a reader "
        + "unpacking the offline copy there would see one in the other's place: rename one",
        other);
  }
}
