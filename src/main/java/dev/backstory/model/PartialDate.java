package dev.backstory.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ("1948", "2020-01", "2023-07-27"), as
 * timelines need. Less precise dates sort before more precise ones in the same period.
 *
 * @param month 1-12, or 0 when only the year is known
 * @param day 1-31, or 0 when only the year and month are known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(PartialDate::month)
          .thenComparingInt(PartialDate::day);

  public PartialDate {
    if (month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("not a partial date: " + year + "-" + month + "-" + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day);
    }
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Whether {@code text} is written "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real date or not. */
  public static boolean isWrittenAsOne(String text) {
    return FORM.matcher(text.strip()).matches();
  }

  /** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when the text is none of these. */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
    } catch (IllegalArgumentException | DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The machine-readable form, valid in an HTML {@code <time datetime>}. */
  public String iso() {
    if (month == 0) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    return day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month) : LocalDate.of(year, month, day).toString();
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }
}
