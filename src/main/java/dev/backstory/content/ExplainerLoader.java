package dev.backstory.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.Label;
import dev.backstory.model.LinkRef;
import dev.backstory.model.OldSlug;
import dev.backstory.model.Question;
import dev.backstory.model.Quote;
import dev.backstory.model.RawHtml;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.model.WikiLinkRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads one explainer file: front matter, Markdown tree, question sections with their ids, and
 * the links and quotes in each section. Everything wrong with the file is reported, with
 * positions counted from the top of the file.
 */
final class ExplainerLoader {

  private final ContentFiles files;
  private final Severity unsafeLinks;
  private final RawHtml rawHtml;
  private final MarkdownHtml html;
  private final LayoutIds layoutIds;

  ExplainerLoader(ContentFiles files) {
    this(files, SiteConfig.DEFAULTS, LayoutIds.NONE);
  }

  /**
   * @param settings the site's: how a {@code javascript:} (or similar) URL in front matter is
   *     reported, what becomes of HTML written in the Markdown, the words of its labels
   * @param layoutIds the ids the theme gives its own elements, which no question may take
   */
  ExplainerLoader(ContentFiles files, SiteConfig settings, LayoutIds layoutIds) {
    this.files = files;
    this.layoutIds = layoutIds;
    this.unsafeLinks = settings.unsafeLinks();
    this.rawHtml = settings.rawHtml();
    this.html = new MarkdownHtml(rawHtml, settings.labels().text(Label.TABLE),
        settings.labels().text(Label.NOTE_BACK));
  }

  /**
   * The explainer, with what is wrong with it in {@code problems}; empty when the file cannot
   * be read as text, split, parsed, or its front matter read.
   */
  Optional<LoadedExplainer> load(Path file, String displayName, List<Diagnostic> problems)
      throws IOException {
    Optional<Opened> opened = open(file, displayName, problems);
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    FrontMatterBlock block = opened.get().block();
    String contentPath = opened.get().contentPath();
    Optional<FrontMatterReader.Result> frontMatter = opened.get().frontMatter();

    LineMap bodyLines = new LineMap(displayName, block.body(), block.bodyFirstLine());
    Optional<Document> parsed = parse(block.body(), bodyLines, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Document markdown = parsed.get();
    Body body = new BodyReader(bodyLines, problems, layoutIds, rawHtml != RawHtml.ESCAPE,
        TemplateTags.mayBeIn(block.body()), SpacedAddresses.mayBeIn(block.body()))
        .read(markdown);
    if (rawHtml != RawHtml.ESCAPE) {
      for (Node html : body.rawHtml()) {
        if (QuoteAttribution.holds(html)) {
          continue;
        }
        RawHtmlReview.check(html.getChars().toString(), html.getStartOffset(), rawHtml,
            contentPath, files, bodyLines, problems);
      }
    }
    frontMatter.ifPresent(f -> checkTimeline(f.frontMatter(), body, problems));
    // An explainer whose body has errors is still made, so that the build can check its links
    // too before it stops: only the front matter gives what a link to it needs.
    if (frontMatter.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter meta = frontMatter.get().frontMatter();
    String slug = slug(file, frontMatter.get());
    Explainer explainer = new Explainer(slug, displayName, contentPath, meta, body.questions(),
        body.anchors(), body.links(), body.quotes(), WordCount.of(markdown), body.wikiLinks());
    // Rendered now, from the tree in hand: parsing it again to render would cost a tenth of a
    // build, and keeping every tree until the render phase would cost four times the memory.
    Set<String> targets = new HashSet<>();
    body.links().forEach(link -> targets.add(link.target()));
    return Optional.of(new LoadedExplainer(explainer, html.render(markdown, targets)));
  }

  /**
   * The addresses an explainer takes: its own, set by its {@code slug} or made from its file's
   * name, and its old ones ({@code aliases}).
   */
  record Addresses(String own, boolean bySlug, List<String> old) {}

  /**
   * The addresses an explainer takes, read from its front matter alone. A file whose front
   * matter cannot be read is taken to keep the address made from its name: the one it has
   * once mended, unless it sets a {@code slug}, so a new explainer must not take it meanwhile.
   */
  Addresses addresses(Path file, String displayName) throws IOException {
    return open(file, displayName, new ArrayList<>())
        .flatMap(Opened::frontMatter)
        .map(read -> new Addresses(slug(file, read), read.slug() != null,
            read.frontMatter().aliases().stream().map(OldSlug::slug).toList()))
        .orElseGet(() -> new Addresses(Slugs.of(baseName(file)), false, List.of()));
  }

  /** A file split at its front matter, and the front matter read. */
  private record Opened(FrontMatterBlock block, String contentPath,
      Optional<FrontMatterReader.Result> frontMatter) {}

  /** Empty when the file cannot be read as text or split (then a problem says why). */
  private Optional<Opened> open(Path file, String displayName, List<Diagnostic> problems)
      throws IOException {
    SourceText.Result read = files.read(file, displayName);
    if (read.problem() != null) {
      problems.add(read.problem());
      return Optional.empty();
    }
    FrontMatterBlock.Result split = FrontMatterBlock.split(read.source());
    if (split.problem() != null) {
      problems.add(split.problem());
      return Optional.empty();
    }
    FrontMatterBlock block = split.block();
    String contentPath = files.contentPath(file);
    LineMap yamlLines = new LineMap(displayName, block.yaml(), block.yamlFirstLine());
    return Optional.of(new Opened(block, contentPath,
        new FrontMatterReader(contentPath, files, yamlLines, problems, unsafeLinks)
            .read(block.yaml(), new SourcePosition(displayName, 1, 1))));
  }

  private static String slug(Path file, FrontMatterReader.Result frontMatter) {
    return frontMatter.slug() != null ? frontMatter.slug() : Slugs.of(baseName(file));
  }

  /**
   * Parses the body, refusing nesting too deep to render. Flexmark's parser also recurses
   * (in regular expressions over very long runs of markup on one line), so a stack overflow
   * while parsing is reported as a problem of the file rather than crashing the build.
   */
  private static Optional<Document> parse(String body, LineMap lines, List<Diagnostic> problems) {
    Document markdown;
    try {
      markdown = MarkdownSyntax.PARSER.parse(body);
    } catch (StackOverflowError e) {
      problems.add(Diagnostic.error(lines.at(MarkdownDepth.longestMarkupRun(body)), "the "
          + "Markdown is too deeply nested or has too long a run of markup characters to read; "
          + "split it up"));
      return Optional.empty();
    }
    NestedWikiLinks.flatten(markdown);
    Optional<Node> tooDeep = MarkdownDepth.firstTooDeep(markdown);
    if (tooDeep.isPresent()) {
      problems.add(Diagnostic.error(lines.at(tooDeep.get().getStartOffset()),
          "Markdown nested more than %d levels deep (quotes, lists or emphasis inside each "
              + "other); flatten it", MarkdownDepth.LIMIT));
      return Optional.empty();
    }
    return Optional.of(markdown);
  }

  private static void checkTimeline(FrontMatter meta, Body body, List<Diagnostic> problems) {
    Set<String> questionIds = new LinkedHashSet<>();
    body.questions().forEach(q -> questionIds.add(q.id()));
    meta.timeline().stream()
        .filter(event -> event.questionId() != null && !questionIds.contains(event.questionId()))
        .forEach(event -> problems.add(Diagnostic.error(event.position(),
            "timeline event names question `%s`, which is not in this explainer%s",
            event.questionId(),
            Suggestions.didYouMean(event.questionId(), questionIds))));
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  /** What the body holds, section by section, and its raw HTML. */
  record Body(List<Question> questions, Set<String> anchors, List<LinkRef> links, List<Quote> quotes,
      List<WikiLinkRef> wikiLinks, List<Node> rawHtml) {}

  /** One pass over the body's top-level blocks, tracking the question section each is in. */
  private static final class BodyReader {
    private static final String NO_LINK_TEXT = "this link has no text, so readers have nothing "
        + "to click and screen readers read out its address; write its words %s";
    private final LineMap lines;
    private final List<Diagnostic> problems;
    private final IdRegistry ids;
    private final List<Question> questions = new ArrayList<>();
    private final Set<String> anchors = new LinkedHashSet<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<WikiLinkRef> wikiLinks = new ArrayList<>();
    private final List<Node> rawHtml = new ArrayList<>();
    /** The notes whose first reference was read. */
    private final Set<FootnoteBlock> numberedNotes = new HashSet<>();
    private final Map<Heading, List<String>> oldIds = new HashMap<>();
    private final List<QuestionDraft> drafts = new ArrayList<>();
    /** Whether the text has a template tag's opening anywhere: most explainers have none. */
    private final boolean mayHoldTemplateTags;
    /** Whether the text may show a link's address with a space as text: it seldom does. */
    private final boolean mayHoldSpacedAddresses;
    /** Whether raw HTML reaches the page as elements, with the ids it gives them. */
    private final boolean rawHtmlShown;

    BodyReader(LineMap lines, List<Diagnostic> problems, LayoutIds layoutIds,
        boolean rawHtmlShown, boolean mayHoldTemplateTags, boolean mayHoldSpacedAddresses) {
      this.lines = lines;
      this.problems = problems;
      this.rawHtmlShown = rawHtmlShown;
      this.mayHoldTemplateTags = mayHoldTemplateTags;
      this.mayHoldSpacedAddresses = mayHoldSpacedAddresses;
      this.ids = new IdRegistry(problems, layoutIds);
    }

    Body read(Document markdown) {
      List<Heading> headings = new ArrayList<>();
      List<WrittenId> otherIds = new ArrayList<>();
      List<TableRow> bodyRows = new ArrayList<>();
      for (Node node : markdown.getDescendants()) {
        if (node instanceof Heading heading) {
          headings.add(heading);
          if (heading.getParent() != markdown) {
            checkNested(heading);
          }
        } else if (node instanceof AttributeNode attribute && attribute.isId()
            && !(attribute.getParent().getParent() instanceof Heading)) {
          otherIds.add(new WrittenId(attribute.getValue().toString(),
              attribute.getStartOffset()));
        } else if (rawHtmlShown && (node instanceof HtmlBlock || node instanceof HtmlInline)) {
          otherIds.addAll(RawHtmlIds.in(node.getChars().toString(), node.getStartOffset()));
        } else if (node instanceof TableRow row && row.getParent() instanceof TableBody) {
          bodyRows.add(row);
        }
      }
      // Taken out before anything is read from the cells, which are not on the page.
      bodyRows.forEach(this::dropExtraCells);
      assignIds(headings, otherIds);
      String questionId = null;
      int previousLevel = 2;
      // The questions whose sections show something under their heading.
      BitSet answered = new BitSet();
      RawHtmlNesting nesting = new RawHtmlNesting(lines, problems);
      for (Node block : markdown.getChildren()) {
        if (!drafts.isEmpty() && !answered.get(drafts.size() - 1) && showsInSection(block)) {
          answered.set(drafts.size() - 1);
        }
        if (rawHtmlShown && block instanceof HtmlBlock html) {
          nesting.read(html.getChars().toString(), html.getStartOffset());
        }
        if (block instanceof Paragraph paragraph
            && ExplainerScaffold.isPlaceholder(paragraph.getChars().trim())) {
          problems.add(Diagnostic.warning(at(paragraph), "this is the placeholder `backstory "
              + "new` wrote, which would be published as it is: write your own words here"));
        }
        if (block instanceof Heading heading) {
          checkLevel(heading, previousLevel);
          previousLevel = Math.max(2, heading.getLevel());
          if (heading.getLevel() == 2) {
            nesting.endSection("the question on line " + at(heading).line());
            questionId = heading.getAnchorRefId();
            drafts.add(new QuestionDraft(questionId, headingText(heading),
                oldIds.getOrDefault(heading, List.of()), at(heading), new StringBuilder()));
          }
        } else if (!drafts.isEmpty() && block instanceof Paragraph paragraph
            && !(paragraph.getFirstChild() instanceof WikiImage)
            && !Excerpts.isLongEnough(drafts.get(drafts.size() - 1).excerpt())) {
          Excerpts.extend(drafts.get(drafts.size() - 1).excerpt(), PlainText.of(paragraph));
        }
        collect(block, questionId);
      }
      nesting.endSection("the end of the explainer");
      Map<String, QuestionDraft> byTitle = new HashMap<>();
      for (int i = 0; i < drafts.size(); i++) {
        QuestionDraft draft = drafts.get(i);
        QuestionDraft asked = byTitle.putIfAbsent(
            draft.title().strip().toLowerCase(Locale.ROOT), draft);
        if (asked != null && !draft.title().isBlank()) {
          problems.add(Diagnostic.warning(draft.position(), "question \"%s\" is asked again "
              + "(first at line %d): readers see two sections of one title; ask each once, or "
              + "tell them apart", draft.title(), asked.position().line()));
        }
        questions.add(new Question(draft.id(), draft.title(), draft.aliases(),
            draft.excerpt().toString(), draft.position()));
        if (!answered.get(i)) {
          problems.add(Diagnostic.warning(draft.position(),
              "question \"%s\" has no answer: write one under its heading, or remove it",
              draft.title()));
        }
      }
      if (questions.isEmpty()) {
        problems.add(Diagnostic.warning(lines.start(),
            "no `##` question sections: an explainer is a short answer followed by questions"));
      }
      if (!hasShortAnswer(markdown)) {
        problems.add(questions.isEmpty()
            ? Diagnostic.warning(lines.start(), "no short answer: write a few sentences after "
                + "the front matter")
            : Diagnostic.warning(questions.get(0).position(), "no short answer before the "
                + "first question: write a few sentences above it"));
      }
      return new Body(questions, anchors, links, quotes, wikiLinks, rawHtml);
    }

    /**
     * Whether a block shows where it is written: a question's own heading does not answer it,
     * and neither do link and footnote definitions or an HTML comment, which show nothing there.
     */
    private static boolean showsInSection(Node block) {
      return !(block instanceof Heading heading && heading.getLevel() == 2)
          && !(block instanceof Reference) && !(block instanceof FootnoteBlock)
          && !(block instanceof HtmlCommentBlock)
          && !(block instanceof Paragraph paragraph && showsNothing(paragraph));
    }

    /**
     * A paragraph of spaces alone, non-breaking ones ({@code &nbsp;}) and invisible ones (a
     * zero-width space) too, or of an id alone ({@code {#x}}): a placeholder, not an answer.
     * One holding an image or raw HTML, which may show something, is not.
     */
    private static boolean showsNothing(Paragraph paragraph) {
      for (Node node : paragraph.getDescendants()) {
        if (node instanceof Image || node instanceof ImageRef || node instanceof WikiImage
            || node instanceof HtmlInline) {
          return false;
        }
      }
      return PlainText.of(paragraph).codePoints().allMatch(c -> Character.isWhitespace(c)
          || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    /** A question while its section is being read. */
    private record QuestionDraft(String id, String title, List<String> aliases,
        SourcePosition position, StringBuilder excerpt) {}

    /**
     * @param otherIds the ids written on elements other than headings, with the attributes
     *     syntax or in raw HTML: they are on the page as well, so they are taken before
     *     generated ones
     */
    private void assignIds(List<Heading> headings, List<WrittenId> otherIds) {
      List<Heading> generated = new ArrayList<>();
      for (Heading heading : headings) {
        Optional<AttributeNode> written = explicitId(heading);
        Optional<String> explicit = written.map(id -> id.getValue().toString());
        if (explicit.isPresent()
            && ids.claimExplicit(explicit.get(), lines.at(written.get().getStartOffset()))) {
          heading.setAnchorRefId(explicit.get());
          anchors.add(explicit.get());
          SourcePosition aliasesAt = aliasesAttribute(heading)
              .map(attribute -> lines.at(attribute.getStartOffset())).orElse(at(heading));
          List<String> old = oldIds(heading).stream()
              .filter(alias -> !isOwnId(alias, explicit.get(), aliasesAt))
              .filter(alias -> ids.claimExplicit(alias, aliasesAt))
              .toList();
          oldIds.put(heading, old);
        } else {
          if (written.isEmpty()) {
            checkUnreadId(heading);
          }
          // A refused explicit id has been reported; a generated one lets the rest be checked.
          generated.add(heading);
        }
      }
      // Ids on paragraphs, quotes or raw HTML are on the page as well: a link may land on one.
      otherIds.stream().filter(id -> ids.claimExplicit(id.id(), lines.at(id.offset())))
          .forEach(id -> anchors.add(id.id()));
      for (Heading heading : generated) {
        String id = ids.claimGenerated(headingText(heading), at(heading));
        heading.setAnchorRefId(id);
        anchors.add(id);
      }
    }

    /** Whether an old id in {@code data-aliases} is the question's own; if so, it is told. */
    private boolean isOwnId(String alias, String id, SourcePosition at) {
      if (alias.equals(id)) {
        problems.add(Diagnostic.error(at, "`%s` is this question's own id; `data-aliases` lists "
            + "the ids it had before", alias));
        return true;
      }
      return false;
    }

    private void checkLevel(Heading heading, int previousLevel) {
      if (heading.getLevel() == 1) {
        problems.add(Diagnostic.error(at(heading), "%s makes a second page title; use `##` for "
            + "a question, `###` inside one", titleMarker(heading)));
      } else if (headingText(heading).isBlank()) {
        // It would be listed in the page's contents as a link of no words.
        problems.add(Diagnostic.error(at(heading), "this %s has no words: write the %s, or "
            + "remove it", heading.getLevel() == 2 ? "question's heading" : "heading",
            heading.getLevel() == 2 ? "question" : "heading"));
      } else if (heading.getLevel() > previousLevel + 1) {
        problems.add(Diagnostic.warning(at(heading),
            "heading jumps from level %d to %d; screen readers expect no skipped levels",
            previousLevel, heading.getLevel()));
      }
    }

    /**
     * An id in braces at a heading's end that does not read as one ({@code {#bad id!}},
     * {@code {#}}): the braces stay in the heading's words, and the question gets an id made
     * from them all. Asked of a heading with no id read.
     */
    private void checkUnreadId(Heading heading) {
      String text = heading.getChars().toString().stripTrailing();
      int open = text.lastIndexOf("{#");
      if (open < 0 || !text.endsWith("}")) {
        return;
      }
      String written = text.substring(open);
      String words = written.substring(2, written.length() - 1);
      String meant = words.isBlank() ? "" : Slugs.of(words);
      problems.add(Diagnostic.error(lines.at(heading.getStartOffset() + open), "`%s` is not "
          + "read as an id, and shows as words of the heading: an id is one word of letters, "
          + "digits, `-` and `_`%s", written,
          meant.isEmpty() ? "" : ", as in `{#" + meant + "}`"));
    }

    /**
     * A heading inside a quote, a list or a footnote. Its level counts in the page's outline,
     * but a {@code ##} there does not start a question, as the editor may have meant.
     */
    private void checkNested(Heading heading) {
      if (heading.getLevel() == 1) {
        problems.add(Diagnostic.error(at(heading), "%s makes a second page title; use `###` for "
            + "a heading inside a quote or list", titleMarker(heading)));
      } else if (heading.getLevel() == 2) {
        problems.add(Diagnostic.warning(at(heading), "`##` inside a quote or list does not "
            + "start a question; start it at the beginning of a line, or use `###`"));
      }
    }

    /**
     * Cells past the table's columns, which a table leaves out as GitHub's does. Most often
     * the extra cell is text after a {@code |} meant as a character, so when it holds words
     * the editor is told they are left out.
     */
    private void dropExtraCells(TableRow row) {
      Node head = row.getParent().getParent().getChildOfType(TableHead.class);
      Node headerRow = head == null ? null : head.getChildOfType(TableRow.class);
      if (headerRow == null) {
        // Flexmark leaves the header empty when it read that line as something else, such as
        // an indented code line; with no columns to count, no cell is past them.
        return;
      }
      int columns = cellCount(headerRow);
      List<TableCell> extra = new ArrayList<>();
      int column = 0;
      for (Node cell : row.getChildren()) {
        if (++column > columns) {
          extra.add((TableCell) cell);
        }
      }
      extra.stream().filter(cell -> !cell.getText().isBlank()).findFirst()
          .ifPresent(cell -> problems.add(Diagnostic.warning(
              lines.at(cell.getText().trimStart().getStartOffset()), "this row has %d cells "
              + "but the table has %s, so `%s`%s left off the page; add a column to the header "
              + "row, or write a `|` in the text as `\\|`", columns + extra.size(),
              columns == 1 ? "1 column" : columns + " columns", cell.getText().trim(),
              cell == extra.get(extra.size() - 1) ? " is" : " and the cells after it are")));
      extra.forEach(Node::unlink);
    }

    private static int cellCount(Node row) {
      int cells = 0;
      for (Node cell : row.getChildren()) {
        cells++;
      }
      return cells;
    }

    /** How the heading was written as a title: with a {@code #}, or underlined. */
    private static String titleMarker(Heading heading) {
      return heading.isSetextHeading() ? "a line underlined with `===`" : "`#`";
    }

    private void collect(Node block, String questionId) {
      visit(block, questionId);
      checkDefinition(block);
      for (Node node : block.getDescendants()) {
        visit(node, questionId);
        checkDefinition(node);
        if (node instanceof Footnote footnote) {
          numberByFirstReference(footnote);
        }
      }
    }

    /**
     * Notes are numbered, as the page is rendered, in the order of the places Flexmark keeps
     * as each note's first reference; but it keeps the last one read, so a note cited in the
     * short answer and again at the end came last. Blocks are read in order: the first
     * reference read is the first on the page.
     */
    private void numberByFirstReference(Footnote footnote) {
      FootnoteBlock note = footnote.getFootnoteBlock();
      if (note != null && numberedNotes.add(note)) {
        note.setFirstReferenceOffset(footnote.getStartOffset());
      }
    }

    /**
     * References and their definitions that do not meet. Markdown shows a reference without a
     * definition as the text it is written as, and leaves a footnote no marker points to off
     * the page: either way the editor's link or note is lost without a word. A bracketed word
     * alone, {@code [sic]}, is prose, not a reference.
     */
    private void checkDefinition(Node node) {
      Optional<Node> earlier = earlierDefinition(node);
      if (node instanceof RefNode ref && !ref.isDefined()
          && (!ref.isReferenceTextCombined() || ref.isDummyReference())) {
        problems.add(Diagnostic.warning(at(node), "`%s` names no link definition, so it is "
            + "shown as written; add `[%s]: address` on a line of its own", node.getChars(),
            ref.getReference().isEmpty() ? ref.getText() : ref.getReference()));
      } else if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
        problems.add(Diagnostic.warning(at(node), "footnote `%s` has no note, so it is shown as "
            + "written; add `%s: the note` on a line of its own", node.getChars(),
            node.getChars()));
      } else if (earlier.isPresent()) {
        problems.add(Diagnostic.warning(at(node), "`%s` is defined twice; the definition on "
            + "line %d is used and this one is left out; remove one, or rename it",
            definitionName(node), at(earlier.get()).line()));
      } else if (node instanceof FootnoteBlock note && !note.isReferenced()) {
        problems.add(Diagnostic.warning(at(node), "footnote `[^%s]` is never referred to, so "
            + "the note is left off the page; put `[^%s]` where it belongs", note.getText(),
            note.getText()));
      }
    }

    /**
     * The definition used in place of this one, written earlier under the same name: Markdown
     * drops the second without a word, so a link or note the editor changed stays as it was.
     */
    private static Optional<Node> earlierDefinition(Node node) {
      Node used = null;
      if (node instanceof Reference definition) {
        used = Parser.REFERENCES.get(node.getDocument()).getFromRaw(definition.getReference());
      } else if (node instanceof FootnoteBlock note) {
        used = FootnoteExtension.FOOTNOTES.get(node.getDocument()).getFromRaw(note.getText());
      }
      return used == null || used == node ? Optional.empty() : Optional.of(used);
    }

    /** A definition's name as written, on one line as a message is. */
    private static String definitionName(Node definition) {
      String name = definition instanceof FootnoteBlock note ? "[^" + note.getText() + "]"
          : "[" + ((Reference) definition).getReference() + "]";
      return name.replaceAll("\\s+", " ");
    }

    private void visit(Node node, String questionId) {
      if (node instanceof Link link) {
        String text = PlainText.of(link).strip();
        if (text.isEmpty() && !holdsRawHtml(link)) {
          problems.add(Diagnostic.error(at(node), NO_LINK_TEXT, "inside the brackets"));
        }
        if (link.getUrl().isBlank()) {
          // Published as href="", a link back to the page it is on.
          problems.add(Diagnostic.error(at(node), "this link has no address: write where it "
              + "leads between `(` and `)`, or leave the brackets out"));
        } else {
          links.add(new LinkRef(link.getUrl().unescape(), false, questionId, at(node), text,
              context(node)));
        }
      } else if (node instanceof AutoLink link) {
        String url = link.getUrl().unescape();
        // A bare "www." address is a web address, never a file in the content folder.
        String target = url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
        links.add(new LinkRef(target, false, questionId, at(node), link.getText().unescape()));
      } else if (node instanceof WikiLink wiki) {
        if (wiki.getTextSeparatorMarker().isNotEmpty() && wiki.getText().isBlank()) {
          problems.add(Diagnostic.error(at(node), NO_LINK_TEXT, "after the `|`"));
        }
        wikiLinks.add(wikiRef(wiki, false, questionId));
        if (wiki.getTextSeparatorMarker().isEmpty()
            && node.getAncestorOfType(Heading.class) instanceof Heading heading
            && heading.getLevel() == 2) {
          // The heading links with the target's title, but the question's title is plain text
          // taken before links resolve; the list of questions, search and previews show that.
          problems.add(Diagnostic.warning(at(node),
              "`[[%s]]` in a question's heading needs a label, as in `[[%s|label]]`: lists of "
                  + "questions, search and previews show the heading as text, not the title it "
                  + "links with", wiki.getLink(), wiki.getLink()));
        }
      } else if (node instanceof WikiImage include) {
        if (include.getParent() instanceof Paragraph paragraph
            && paragraph.getParent() instanceof Document
            && paragraph.getFirstChild() == include && paragraph.getLastChild() == include) {
          wikiLinks.add(wikiRef(include, true, questionId));
        } else {
          problems.add(Diagnostic.error(at(node),
              "`![[%s]]` includes a question and must stand alone on its own line, outside lists "
                  + "and quotes; for a link write `[[%s]]`", include.getLink(), include.getLink()));
        }
      } else if (node instanceof Image image && image.getUrl().isBlank()) {
        problems.add(Diagnostic.error(at(node), "this image has no address: write its file's "
            + "name between `(` and `)`"));
      } else if (node instanceof Image image) {
        links.add(new LinkRef(image.getUrl().unescape(), true, questionId, at(node),
            image.getText().toString().strip()));
      } else if (node instanceof ImageRef image) {
        Reference reference = image.getReferenceNode(node.getDocument());
        if (reference != null) {
          // The definition is checked as a link where it stands; the image needs its size,
          // and its description checked where it is shown.
          links.add(new LinkRef(reference.getUrl().unescape(), true, questionId, at(node),
              PlainText.of(image).strip(), "", true));
        }
      } else if (node instanceof Reference reference) {
        links.add(new LinkRef(reference.getUrl().unescape(), false, questionId, at(node)));
      } else if (mayHoldSpacedAddresses && node instanceof Text text) {
        SpacedAddresses.in(text).ifPresent(found -> problems.add(Diagnostic.warning(
            lines.at(found.offset()), "%s", SpacedAddresses.message(found.address()))));
      } else if (node instanceof AttributeNode attribute) {
        WrittenAttributes.check(attribute, at(node)).ifPresent(problems::add);
      } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
        rawHtml.add(node);
      } else if (mayHoldTemplateTags && TemplateTags.isTextBlock(node)) {
        TemplateTags.Found tag = TemplateTags.in(node);
        if (tag != null) {
          problems.add(Diagnostic.warning(lines.at(tag.offset()), "%s",
              TemplateTags.message(tag)));
        }
      } else if (node instanceof BlockQuote quote) {
        QuoteAttribution.of(quote).ifPresent(attribution -> {
          quotes.add(new Quote(attribution.speaker(), attribution.role(),
              quoteText(quote, attribution), questionId, at(node)));
          checkAttributionText(attribution.line());
        });
      }
    }

    /**
     * A quote's attribution is shown as plain text, the speaker linked to their page: a link,
     * emphasis or code in it would vanish without a word, and a footnote's marker too, leaving
     * its note pointing back at nothing.
     */
    private void checkAttributionText(Paragraph line) {
      for (Node node : line.getDescendants()) {
        if (node instanceof Footnote) {
          problems.add(Diagnostic.error(at(node), "a quote's attribution is shown as plain "
              + "text, so this footnote's marker would vanish; put it in the quote itself"));
        } else if (node instanceof HtmlInline) {
          problems.add(Diagnostic.warning(at(node), "a quote's attribution is shown as plain "
              + "text, and this `%s` reads as an HTML tag, which is left out; to show it, write "
              + "`\\%s`", node.getChars(), node.getChars()));
        } else if (node instanceof Link || node instanceof RefNode || node instanceof AutoLink
            || node instanceof WikiLink || node instanceof Emphasis
            || node instanceof StrongEmphasis || node instanceof Code) {
          problems.add(Diagnostic.warning(at(node), "a quote's attribution is shown as plain "
              + "text: the speaker links to their page, and this `%s` is shown as its words "
              + "alone", node.getChars()));
        }
      }
    }

    /** Whether {@code link} holds raw HTML, such as an {@code <img>} that gives its words. */
    private static boolean holdsRawHtml(Link link) {
      for (Node node : link.getDescendants()) {
        if (node instanceof HtmlInline) {
          return true;
        }
      }
      return false;
    }

    private WikiLinkRef wikiRef(WikiNode wiki, boolean include, String questionId) {
      // Split here rather than by Flexmark, which splits links but not includes at the #.
      String link = wiki.getLink().toString();
      int hash = link.indexOf('#');
      String page = (hash < 0 ? link : link.substring(0, hash)).strip();
      String fragment = hash < 0 ? null : link.substring(hash + 1).strip();
      String label = wiki.getTextSeparatorMarker().isEmpty() ? null : wiki.getText().toString().strip();
      return new WikiLinkRef(MarkdownSyntax.written(wiki), page, fragment, label, include,
          questionId, include ? "" : context(wiki), at(wiki));
    }

    /** The sentence a link stands in, as plain text. */
    private static String context(Node link) {
      Node block = link.getParent();
      while (block != null && !(block instanceof Block)) {
        block = block.getParent();
      }
      if (block == null) {
        return "";
      }
      String text = PlainText.of(block);
      int at = text.indexOf(PlainText.of(link));
      return Excerpts.sentenceAround(text, Math.max(0, at));
    }

    private static String quoteText(BlockQuote quote, QuoteAttribution attribution) {
      StringBuilder text = new StringBuilder();
      for (Node child : quote.getChildren()) {
        if (child != attribution.line()) {
          text.append(text.length() > 0 ? " " : "").append(PlainText.of(child).strip());
        }
      }
      return text.toString();
    }

    private SourcePosition at(Node node) {
      return lines.at(node.getStartOffset());
    }

    /** Whether something shows before the first question, where the short answer goes. */
    private static boolean hasShortAnswer(Document markdown) {
      for (Node block : markdown.getChildren()) {
        if (block instanceof Heading heading && heading.getLevel() == 2) {
          return false;
        }
        if (showsInSection(block)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The id written as {@code {#id}} after a heading, if any. */
  private static Optional<AttributeNode> explicitId(Heading heading) {
    return attribute(heading, AttributeNode::isId);
  }

  /** The old ids of a heading, written {@code {#id data-aliases="old-id other-old-id"}}. */
  static List<String> oldIds(Heading heading) {
    List<String> aliases = new ArrayList<>(aliasesAttribute(heading)
        .map(a -> List.of(a.getValue().toString().strip().split("\\s+"))).orElse(List.of()));
    aliases.removeIf(String::isEmpty);
    return aliases;
  }

  /** The {@code data-aliases="..."} written after a heading, if any. */
  private static Optional<AttributeNode> aliasesAttribute(Heading heading) {
    return attribute(heading, a -> a.getName().toString().equals("data-aliases"));
  }

  /** The first attribute written in braces after a heading that is {@code which}, if any. */
  private static Optional<AttributeNode> attribute(Heading heading,
      Predicate<AttributeNode> which) {
    for (Node child : heading.getChildren()) {
      if (child instanceof AttributesNode attributes) {
        for (Node attribute : attributes.getChildren()) {
          if (attribute instanceof AttributeNode a && which.test(a)) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A heading's text without its {@code {#id}} attributes, nor the words it strikes out. */
  static String headingText(Heading heading) {
    return PlainText.title(heading);
  }
}
