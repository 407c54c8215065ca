// The benchmark's Eleventy site: the same generated corpus (--input), one page per explainer
// with a table of contents, a page per tag and a home page listing everything, as Backstory
// and bench/hugo build. Run from the benchmark: bench/run.sh --eleventy
import path from "node:path";
import { fileURLToPath } from "node:url";
import markdownItAttrs from "markdown-it-attrs";

const here = path.dirname(fileURLToPath(import.meta.url));

export default function (eleventyConfig) {
  // Question headings carry their ids as `{#id}`, as Hugo's parser reads them.
  eleventyConfig.amendLibrary("md", (md) => md.use(markdownItAttrs, { allowedAttributes: ["id"] }));
  eleventyConfig.addGlobalData("layout", "explainer.njk");
  eleventyConfig.addGlobalData("site", { title: "Benchmark Explainers" });
  // The corpus lies in target/, which the repository ignores.
  eleventyConfig.setUseGitIgnore(false);

  // The table of contents: the page's question headings, in order.
  eleventyConfig.addFilter("toc", (html) => {
    const items = [];
    for (const m of html.matchAll(/<h2 id="([^"]+)">(.*?)<\/h2>/g)) {
      items.push(`<li><a href="#${m[1]}">${m[2]}</a></li>`);
    }
    return items.length ? `<ol>${items.join("")}</ol>` : "";
  });
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString().slice(0, 10));
  const longDate = new Intl.DateTimeFormat("en-GB",
    { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  eleventyConfig.addFilter("longDate", (date) => longDate.format(date));
  eleventyConfig.addCollection("explainers", (api) =>
    api.getAll().filter((page) => page.inputPath.endsWith(".md"))
      .sort((a, b) => b.date - a.date));
  eleventyConfig.addCollection("tagList", (api) => {
    const counts = new Map();
    for (const page of api.getAll()) {
      for (const tag of page.data.tags || []) counts.set(tag, (counts.get(tag) || 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([name, count]) => ({ name, count }));
  });

  eleventyConfig.addTemplate("index.njk", `<h1>{{ site.title }}</h1>
<ol>
{%- for page in collections.explainers %}
<li><a href="{{ page.url }}">{{ page.data.title }}</a>{% if page.data.dek %} <p>{{ page.data.dek }}</p>{% endif %}<time datetime="{{ page.date | isoDate }}">{{ page.date | longDate }}</time></li>
{%- endfor %}
</ol>
<h2>Topics</h2>
<ul>{% for tag in collections.tagList %}<li><a href="/tags/{{ tag.name | slugify }}/">{{ tag.name }}</a> ({{ tag.count }})</li>{% endfor %}</ul>
`, { layout: "list.njk", title: "Benchmark Explainers", eleventyExcludeFromCollections: true });

  eleventyConfig.addTemplate("tags.njk", `<h1>{{ tag.name }}</h1>
<ol>
{%- for page in collections[tag.name] | reverse %}
<li><a href="{{ page.url }}">{{ page.data.title }}</a>{% if page.data.dek %} <p>{{ page.data.dek }}</p>{% endif %}<time datetime="{{ page.date | isoDate }}">{{ page.date | longDate }}</time></li>
{%- endfor %}
</ol>
`, {
    layout: "list.njk",
    pagination: { data: "collections.tagList", size: 1, alias: "tag" },
    permalink: (data) => `/tags/${eleventyConfig.getFilter("slugify")(data.tag.name)}/`,
    eleventyComputed: { title: (data) => data.tag.name },
    eleventyExcludeFromCollections: true,
  });

  return {
    dir: { includes: path.relative(eleventyConfig.directories.input, path.join(here, "_includes")) },
    markdownTemplateEngine: false,
  };
}
