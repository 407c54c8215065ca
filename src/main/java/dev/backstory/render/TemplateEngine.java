package dev.backstory.render;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * FreeMarker, configured once per build and shared by every rendering thread. Hardened for
 * templates from many hands: auto-escaping on for {@code .ftlh}, no class instantiation, no
 * {@code ?api}, no reads outside the templates folder, and errors rethrown (never printed into
 * a page) and reported at the template's own line and column. A page that renders past its time
 * is stopped, and reported at its layout.
 */
final class TemplateEngine {

  static {
    // Template problems reach the user as diagnostics; FreeMarker's own logging would only
    // repeat them (or complain about an unconfigured logging library found on the class path).
    // This must run before anything loads FreeMarker's classes, so it comes first.
    System.setProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY,
        freemarker.log.Logger.LIBRARY_NAME_NONE);
  }

  static final Version VERSION = Configuration.VERSION_2_3_35;

  /**
   * The Java classes FreeMarker names behind a value, as in "a sequence
   * (ImmutableCollections$ListN wrapped into f.t.DefaultListAdapter)": they mean nothing to
   * whoever writes a template.
   */
  private static final Pattern JAVA_TYPES =
      Pattern.compile(" \\((?:wrapper: [\\w.$]+|[\\w.$]+ wrapped into [\\w.$]+)\\)");

  /** How many of the patterns a syntax error expected are named: the list runs to dozens. */
  private static final int EXPECTED_SHOWN = 6;

  /**
   * Wraps the view records as hashes of their fields and nothing more. FreeMarker's default
   * would also let {@code ${e.date}} print a record's {@code toString()}
   * ({@code DateView[iso=..., display=...]}) into the page; this makes it an error that names
   * the fields to choose from. One for every build, so records are looked into only once.
   */
  private static final ObjectWrapper VIEWS = new ViewWrapper();

  private static final class ViewWrapper extends DefaultObjectWrapper {
    ViewWrapper() {
      super(VERSION);
      writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
      return object instanceof Record view ? new RecordModel(view, this)
          : super.handleUnknownType(object);
    }
  }

  /**
   * Gives every template FreeMarker loads its checks of the thread's interrupt flag (see
   * {@link PageTimeLimit}), once, before any thread renders with it. FreeMarker has no setting
   * for this, only a call in its internal API that adds them to one template (a FreeMarker
   * without it fails to compile here, not to stop a page); and the templates a page's
   * {@code #include} and {@code #import} load are asked for through here, as layouts are.
   */
  private static final class InterruptibleConfiguration extends Configuration {
    /**
     * The templates given their checks. The checks change a template FreeMarker has cached
     * already, so another thread asking for it waits in {@code computeIfAbsent} until they are
     * in, and sees them when it goes on.
     */
    private final Map<Template, Boolean> interruptible = new ConcurrentHashMap<>();

    InterruptibleConfiguration() {
      super(VERSION);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition,
        String encoding, boolean parseAsFTL, boolean ignoreMissing) throws IOException {
      Template template = super.getTemplate(name, locale, customLookupCondition, encoding,
          parseAsFTL, ignoreMissing);
      if (template != null) {
        interruptible.computeIfAbsent(template, loaded -> {
          _CoreAPI.addThreadInterruptedChecks(loaded);
          return Boolean.TRUE;
        });
      }
      return template;
    }
  }

  /** Why a page has no text: a problem its layout reports, and whether time ran out. */
  record Problem(Diagnostic diagnostic, boolean outOfTime) {}

  /**
   * The last template error on each thread, explained where it happened. A loop's variable
   * ({@code <#list explainer.questions as q>}) or a macro's parameter can be looked into only
   * while the template is still inside that loop or macro; by the time the error reaches
   * {@link #render}, it has left them.
   */
  private static final ThreadLocal<Explained> EXPLAINED_WHERE_IT_HAPPENED = new ThreadLocal<>();

  private record Explained(TemplateException error, Optional<String> text) {}

  private final Configuration configuration;
  private final Path templates;
  private final String displayRoot;
  private final PageTimeLimit timeLimit;
  private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();

  /**
   * @param templates the templates folder
   * @param displayRoot how messages name it, such as {@code templates}
   * @param pageTimeLimit how long a page may take to render before it is stopped as an error
   */
  TemplateEngine(Path templates, String displayRoot, Duration pageTimeLimit)
      throws IOException {
    this.templates = templates;
    this.displayRoot = displayRoot;
    this.timeLimit = new PageTimeLimit(pageTimeLimit);
    Configuration config = new InterruptibleConfiguration();
    config.setTemplateLoader(new FileTemplateLoader(templates.toFile()));
    // Columns count a tab as one character, as every other message does, not to a tab stop.
    config.setTabSize(1);
    config.setDefaultEncoding("UTF-8");
    config.setOutputEncoding("UTF-8");
    config.setRecognizeStandardFileExtensions(true);
    config.setObjectWrapper(VIEWS);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    config.setTemplateExceptionHandler((e, env, out) -> {
      EXPLAINED_WHERE_IT_HAPPENED.set(new Explained(e, TemplateMistakes.explain(e, null)));
      throw e;
    });
    config.setAttemptExceptionReporter((e, env) -> { });
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    config.setNumberFormat("computer");
    // Not the building machine's locale: a template's ?upper_case, ?lower_case and ?cap_first
    // must give the same page everywhere (a Turkish machine would dot an uppercased i).
    config.setLocale(Locale.ROOT);
    // An engine serves one build: every page of it sees the templates as they were when it
    // began, and FreeMarker never asks the disk again whether they changed.
    config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    this.configuration = config;
  }

  /** Loads and parses templates up front, so a syntax error is reported once, not per page. */
  List<Diagnostic> compile(List<String> names) {
    return names.stream().flatMap(name -> template(name).problem().stream()).toList();
  }

  /**
   * Renders one page; a template error comes back as a diagnostic in the template. A foreign
   * interrupt of the thread (a preview that is stopping) is thrown as an
   * {@link InterruptedIOException}.
   *
   * @param page the page's output path, named when the page grows too long: its content may
   *     be the cause, not the template
   */
  Optional<Problem> render(String name, String page, Object model, Writer out)
      throws IOException {
    Loaded loaded = template(name);
    if (loaded.problem().isPresent()) {
      return loaded.problem().map(problem -> new Problem(problem, false));
    }
    PageTimeLimit.Watch watch = timeLimit.start();
    // An error an #attempt recovered from on this thread's last page is no concern of this one.
    EXPLAINED_WHERE_IT_HAPPENED.remove();
    try {
      Environment environment = loaded.template().createProcessingEnvironment(model, out);
      watch.follow(environment);
      environment.process();
      return Optional.empty();
    } catch (TemplateException e) {
      // Once the time is up, the interrupt is what the page failed of, whatever FreeMarker
      // made of it (an #attempt, say, turns what it catches into a template error).
      return Optional.of(watch.over() ? outOfTime(name, watch)
          : new Problem(diagnostic(e, model), false));
    } catch (PageText.TooLong e) {
      String limit = PageText.LIMIT / (1024 * 1024) + " million characters";
      return problem(e.writing()
          .map(place -> Diagnostic.error(at(place), "template: the page %s grew past %s here, "
              + "in a #list or macro that writes without end, or with content that long", page,
              limit))
          .orElseGet(() -> Diagnostic.error(SourcePosition.startOf(displayRoot + "/" + name),
              "template: the page %s grew past %s: a #list or macro in this template, or one it "
                  + "uses, writes without end, or its content is that long", page, limit)));
    } catch (StackOverflowError e) {
      // FreeMarker sets no limit on how deep macros and includes call each other; by the time
      // the stack runs out, it has unwound every place that could say where it went round.
      return problem(Diagnostic.error(SourcePosition.startOf(displayRoot + "/" + name),
          "template: rendering went round without end: a macro, function or #include in this "
              + "template, or one it uses, calls itself again and never stops"));
    } catch (RuntimeException e) {
      // How FreeMarker leaves a template whose thread was interrupted: an exception of a class
      // it keeps to itself, so known by the interrupt, not by name. It says nothing of where
      // the template was, and the template's stack is unwound by the time it arrives here.
      if (watch.over()) {
        return Optional.of(outOfTime(name, watch));
      }
      if (Thread.currentThread().isInterrupted()) {
        InterruptedIOException interrupted =
            new InterruptedIOException("interrupted while rendering with " + name);
        interrupted.initCause(e);
        throw interrupted;
      }
      throw e;
    } finally {
      watch.close();
    }
  }

  private static Optional<Problem> problem(Diagnostic diagnostic) {
    return Optional.of(new Problem(diagnostic, false));
  }

  private Problem outOfTime(String name, PageTimeLimit.Watch watch) {
    String after = timeLimit.described();
    return new Problem(watch.stoppedAt()
        .map(place -> Diagnostic.error(at(place), "template: the page was still rendering "
            + "after %s and was stopped here, in a #list, macro or function that goes round "
            + "without end", after))
        .orElseGet(() -> Diagnostic.error(SourcePosition.startOf(displayRoot + "/" + name),
            "template: the page was still rendering after %s and was stopped: a #list, macro "
                + "or function in this template, or one it uses, goes round without end",
            after)), true);
  }

  private SourcePosition at(TemplateElement place) {
    return at(place.getTemplate().getSourceName(), place.getBeginLine(), place.getBeginColumn());
  }

  /** Marks HTML that Backstory rendered itself, so templates print it without escaping. */
  static TemplateHTMLOutputModel html(String markup) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  private Loaded template(String name) {
    return loaded.computeIfAbsent(name, this::load);
  }

  private Loaded load(String name) {
    try {
      return new Loaded(configuration.getTemplate(name), Optional.empty());
    } catch (ParseException e) {
      return new Loaded(null, Optional.of(syntaxError(e)));
    } catch (IOException e) {
      return new Loaded(null, Optional.of(Diagnostic.error(
          SourcePosition.startOf(displayRoot + "/" + name), "template %s", unreadable(name, e))));
    }
  }

  /**
   * Why a template could not be read, on one line: FreeMarker's "not found" runs over several
   * and says the same whether the file is missing or may not be read.
   */
  private String unreadable(String name, IOException e) {
    Path file = templates.resolve(name);
    if (!Files.isReadable(templates)) {
      return "cannot be read: the templates folder is not readable (permission denied)";
    }
    if (!Files.exists(file)) {
      // Only a layout every theme needs is loaded without asking whether it is there.
      return "not found: every theme needs this layout"
          + Suggestions.didYouMean(name, SiteRenderer.layoutsIn(templates));
    }
    return "cannot be read: "
        + (Files.isReadable(file) ? firstLine(e.getMessage()) : "permission denied");
  }

  private Diagnostic syntaxError(ParseException e) {
    return Diagnostic.error(at(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
        "template syntax: %s", syntaxSummary(e.getEditorMessage()));
  }

  /**
   * A place in a template, its column counted in characters as an editor shows them, as every
   * other message counts: FreeMarker counts Java's UTF-16 units, two for an emoji.
   */
  private SourcePosition at(String template, Integer line, Integer column) {
    int lineNumber = line == null ? 1 : Math.max(1, line);
    int units = column == null ? 1 : Math.max(1, column);
    String name = template == null ? "?" : template;
    int characters = units;
    try (Stream<String> lines = Files.lines(templates.resolve(name))) {
      Optional<String> text = lines.skip(lineNumber - 1).findFirst();
      if (text.isPresent()) {
        characters = text.get().codePointCount(0, Math.min(units - 1, text.get().length())) + 1;
      }
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      // The template cannot be read again: its column stays as FreeMarker counted it.
    }
    return new SourcePosition(displayRoot + "/" + name, lineNumber, characters);
  }

  /**
   * The first line of a syntax error, and when it introduces the patterns the parser expected,
   * one per line, the first few of them on the same line.
   */
  private static String syntaxSummary(String message) {
    List<String> lines = (message == null ? "" : message).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty() || !lines.get(0).endsWith("patterns:")) {
      return summary(message);
    }
    List<String> patterns = lines.subList(1, lines.size());
    int shown = Math.min(patterns.size(), EXPECTED_SHOWN);
    return lines.get(0) + " " + String.join(", ", patterns.subList(0, shown))
        + (patterns.size() > shown ? ", ..." : "");
  }

  /**
   * A syntax error in a template that another includes or imports as it renders: FreeMarker
   * reports it at the {@code #include}, and later includes of the same file only as "an error
   * on an earlier attempt", so the error is told where it is, once.
   */
  private static Optional<ParseException> syntaxErrorBehind(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse) {
        return Optional.of(parse);
      }
    }
    return Optional.empty();
  }

  private Diagnostic diagnostic(TemplateException e, Object model) {
    Optional<ParseException> syntax = syntaxErrorBehind(e);
    if (syntax.isPresent()) {
      return syntaxError(syntax.get());
    }
    SourcePosition at = at(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
    Optional<String> explained =
        explainedWhereItHappened(e).or(() -> TemplateMistakes.explain(e, model))
            .or(() -> TemplateRefusals.explain(e, templates));
    if (explained.isPresent()) {
      return Diagnostic.error(at, "template: %s", explained.get());
    }
    String blamed = e.getBlamedExpressionString();
    String message = summary(e.getMessageWithoutStackTop());
    boolean named = blamed == null || message.contains("`" + blamed + "`");
    return Diagnostic.error(at, "template: %s",
        named ? message : message.replaceFirst(":$", "") + ": `" + blamed + "`");
  }

  /** What was made of {@code e} where it happened, if it was the last error on this thread. */
  private static Optional<String> explainedWhereItHappened(TemplateException e) {
    Explained last = EXPLAINED_WHERE_IT_HAPPENED.get();
    EXPLAINED_WHERE_IT_HAPPENED.remove();
    return last != null && last.error() == e ? last.text() : Optional.empty();
  }

  /** The first line of a message, and the next one too when the first only introduces it. */
  private static String summary(String message) {
    List<String> lines = (message == null ? "" : message).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
    if (lines.isEmpty()) {
      return "unknown problem";
    }
    String first = lines.get(0);
    if (first.endsWith("Valid parameter names are:")) {
      // FreeMarker lists none for a macro that takes none.
      return first.substring(0, first.length() - "Valid parameter names are:".length())
          .strip() + " It takes none.";
    }
    boolean introduces = first.endsWith(":") && lines.size() > 1
        && !lines.get(1).startsWith("==>");
    return JAVA_TYPES.matcher(introduces ? first + " " + lines.get(1) : first).replaceAll("");
  }

  private static String firstLine(String message) {
    String text = message == null ? "unknown problem" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  private record Loaded(Template template, Optional<Diagnostic> problem) {}
}
