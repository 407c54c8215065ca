package dev.backstory.output;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Rewrites a rendered page as one self-contained HTML file, for email and archives: the
 * stylesheet inlined, images and icons as {@code data:} URIs, scripts that load files dropped
 * (and the data only scripts read, when none is left), and every other link made absolute
 * against the page's published address, so it keeps working wherever the file is saved.
 */
public final class StandalonePageWriter {

  private static final Map<String, String> MEDIA_TYPES = Map.of(
      "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
      "gif", "image/gif", "webp", "image/webp", "avif", "image/avif", "ico", "image/x-icon");

  private final StagedOutput output;
  private final String baseUrl;
  /** Stylesheets and data URIs by output path: every page inlines the same CSS and icon. */
  private final Map<String, String> inlined = new ConcurrentHashMap<>();

  /** @param baseUrl the site's published address, ending in {@code /} */
  public StandalonePageWriter(StagedOutput output, String baseUrl) {
    this.output = output;
    this.baseUrl = baseUrl;
  }

  /** Whether a browser runs the script, by its type: none, JavaScript's, or a module. */
  private static boolean runs(Element script) {
    String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.equals("module") || type.matches("(text|application)/"
        + "(java|ecma)script");
  }

  /** Reads the page at {@code pagePath} and writes its standalone form to {@code target}. */
  public void write(String pagePath, String target) throws IOException {
    URI page = URI.create(baseUrl).resolve(pagePath);
    Document html = Jsoup.parse(new String(output.read(pagePath), StandardCharsets.UTF_8),
        page.toString());
    html.outputSettings().prettyPrint(false);
    Elements scripts = html.getElementsByTag("script");
    scripts.stream().filter(script -> script.hasAttr("src")).forEach(Element::remove);
    // Data for scripts (the link previews') is dead weight once no script is left to read it.
    if (scripts.stream().noneMatch(script -> !script.hasAttr("src") && runs(script))) {
      scripts.stream().filter(script -> script.attr("type").equalsIgnoreCase("application/json"))
          .forEach(Element::remove);
    }
    for (Element css : html.select("link[rel=stylesheet][href]")) {
      String local = localPath(page, css.attr("href"));
      Element style = new Element("style");
      if (local != null && output.exists(local)) {
        style.appendChild(new DataNode(inline(local,
            bytes -> new String(bytes, StandardCharsets.UTF_8))));
        css.replaceWith(style);
      } else {
        css.attr("href", absolute(page, css.attr("href")));
      }
    }
    for (Element image : html.select("img[src], link[rel=icon][href]")) {
      String attribute = image.is("img") ? "src" : "href";
      String local = localPath(page, image.attr(attribute));
      String type = local == null ? null : MEDIA_TYPES.get(extension(local));
      if (type != null && output.exists(local)) {
        image.attr(attribute, inline(local,
            bytes -> "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes)));
      } else {
        image.attr(attribute, absolute(page, image.attr(attribute)));
      }
    }
    for (Element link : html.select("a[href], link[href], form[action]")) {
      String attribute = link.is("form") ? "action" : "href";
      String href = link.attr(attribute);
      if (!href.startsWith("#") && !href.startsWith("data:")) {
        link.attr(attribute, absolute(page, href));
      }
    }
    output.write(target, html.outerHtml().getBytes(StandardCharsets.UTF_8));
  }

  private String inline(String path, Function<byte[], String> encoding) throws IOException {
    String done = inlined.get(path);
    if (done == null) {
      done = encoding.apply(output.read(path));
      inlined.put(path, done);
    }
    return done;
  }

  /**
   * {@code href} made absolute against the page. Markdown lets a writer put characters in a
   * link that Java's URI parser refuses (a raw {@code <}, a space); such a link is left as the
   * page has it, as a browser would read it there.
   */
  private static String absolute(URI page, String href) {
    try {
      return page.resolve(href).toString();
    } catch (IllegalArgumentException notAUri) {
      return href;
    }
  }

  /** The output path a relative link points at, or null for links elsewhere. */
  private String localPath(URI page, String href) {
    URI target;
    try {
      target = page.resolve(href);
    } catch (IllegalArgumentException notAUri) {
      return null;
    }
    String base = URI.create(baseUrl).getRawPath();
    if (!baseUrl.startsWith(target.getScheme() + "://" + target.getRawAuthority())
        || target.getRawPath() == null || !target.getRawPath().startsWith(base)) {
      return null;
    }
    return URI.create(target.getRawPath().substring(base.length())).getPath();
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
