package dev.backstory.render;

import dev.backstory.model.Label;
import dev.backstory.model.Labels;
import dev.backstory.model.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How the site words what Backstory writes into pages itself: the labels {@code site.yaml}
 * gives (English otherwise), and dates.
 *
 * <p>A date reads as the site's language writes it: "27 July 2023", "27. Juli 2023",
 * "2023年7月27日", from the long date pattern the JDK holds for each language (the Unicode
 * CLDR's). A date known to the month drops the day from that pattern, and names the month as
 * it stands alone ("июль 2023 г.", not the "июля" of a full date); a year is the year alone.
 * English without a region keeps the day before the month, as the theme always wrote it, and
 * so does a language the JDK holds no patterns for.
 */
final class Wording {

  private final Labels labels;
  private final DateTimeFormatter day;
  private final DateTimeFormatter month;
  /** Each date as shown, made once: a site has few dates, and every summary shows one. */
  private final Map<PartialDate, String> shown = new ConcurrentHashMap<>();

  Wording(String languageTag, Labels labels) {
    this.labels = labels;
    Locale locale = Locale.forLanguageTag(languageTag);
    if (!locale.getLanguage().equals("en") && !JdkLanguages.ALL.contains(locale.getLanguage())) {
      // The JDK's fallback would be "2023 Jul 27"; the theme's own form reads better.
      locale = Locale.ENGLISH;
    }
    String pattern = locale.getLanguage().equals("en") && locale.getCountry().isEmpty()
        ? "d MMMM y"
        : DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
    this.day = DateTimeFormatter.ofPattern(pattern, locale);
    this.month = DateTimeFormatter.ofPattern(withoutDay(pattern), locale);
  }

  /**
   * The languages the JDK holds date patterns for, listed only for a site in a language other
   * than English: listing them costs a cold JVM some 25 ms.
   */
  private static final class JdkLanguages {
    static final Set<String> ALL = Arrays.stream(Locale.getAvailableLocales())
        .map(Locale::getLanguage).filter(language -> !language.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  String date(PartialDate date) {
    return shown.computeIfAbsent(date, this::format);
  }

  /** The label's text with its placeholders filled in, one value for each, in order. */
  String label(Label label, String... values) {
    return labels.text(label, values);
  }

  /** The name of page {@code n} of a list: the list's own name on its first page. */
  String numbered(String name, int n, int pages) {
    return n == 1 ? name
        : label(Label.LATER_PAGE, name, Integer.toString(n), Integer.toString(pages));
  }

  private String format(PartialDate date) {
    if (date.month() == 0) {
      return Integer.toString(date.year());
    }
    return date.day() == 0 ? month.format(YearMonth.of(date.year(), date.month()))
        : day.format(LocalDate.of(date.year(), date.month(), date.day()));
  }

  /**
   * The pattern without its day of the month and the text that goes with it: "d. MMMM y"
   * becomes "LLLL y", "y年M月d日" becomes "y年M月", "MMMM d, y" becomes "LLLL y".
   */
  private static String withoutDay(String pattern) {
    List<String> parts = parts(pattern);
    int day = parts.indexOf("d") >= 0 ? parts.indexOf("d") : parts.indexOf("dd");
    if (day >= 0) {
      // The day's own text runs to the next field; a day at the end takes the rest with it.
      int next = day + 1;
      while (next < parts.size() && !isField(parts.get(next))) {
        next++;
      }
      parts.subList(day, next).clear();
      // Text before the first field was the day's too ("d בMMMM y": on the 27th, in July).
      while (!parts.isEmpty() && !isField(parts.get(0))) {
        parts.remove(0);
      }
    }
    StringBuilder without = new StringBuilder();
    for (String part : parts) {
      without.append(part.equals("MMMM") ? "LLLL" : part);
    }
    return without.toString().strip();
  }

  /** A pattern cut into fields ("MMMM", "y") and the text between them, quotes kept. */
  private static List<String> parts(String pattern) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int end = i + 1;
      if (isLetter(c)) {
        while (end < pattern.length() && pattern.charAt(end) == c) {
          end++;
        }
      } else {
        boolean quoted = c == '\'';
        while (end < pattern.length() && (quoted || !isLetter(pattern.charAt(end)))) {
          if (pattern.charAt(end) == '\'') {
            quoted = !quoted;
          }
          end++;
        }
      }
      parts.add(pattern.substring(i, end));
      i = end;
    }
    return parts;
  }

  private static boolean isField(String part) {
    return isLetter(part.charAt(0));
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
