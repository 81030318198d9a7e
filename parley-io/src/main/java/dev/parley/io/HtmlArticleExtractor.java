package dev.parley.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an HTML page into an {@link Article}: the main content flattened to text, one block per line, with
 * navigation, headers, footers, asides, scripts, forms and share, comment, cookie and related-news widgets
 * removed; the headline first; title, publication date (meta tags, JSON-LD, {@code <time>}), language and
 * canonical URL from the page. What survives is cleaned again as text. Thread-safe.
 */
public final class HtmlArticleExtractor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|footer|header|sidebar|related|share|sharing|social|comment|comments|cookie|"
                    + "newsletter|advert|ads|promo|breadcrumb|subscribe|popup|modal|banner|most-read|trending|credit|"
                    + "bio)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "figcaption", "figure", "section", "article", "main", "tr", "table", "pre", "br", "dd", "dt",
            "header", "address", "hr");
    private static final int MAX_DEPTH = 512;

    private HtmlArticleExtractor() {
    }

    /**
     * @param id       the article id
     * @param html     the page
     * @param url      where it was captured, if known (a canonical link in the page is used otherwise)
     * @param fallback a date to use when the page states none (a WARC-Date)
     */
    public static Article extract(String id, String html, Optional<String> url, Optional<LocalDate> fallback) {
        Document doc = Jsoup.parse(html, url.orElse(""), Parser.htmlParser().setTrackErrors(0));
        Optional<String> title = firstNonBlank(meta(doc, "meta[property=og:title]"), Optional.of(doc.title()),
                text(doc.selectFirst("h1")));
        Optional<LocalDate> published = published(doc).or(() -> fallback);
        Optional<String> language = Optional.ofNullable(doc.selectFirst("html")).map(e -> e.attr("lang"))
                .filter(l -> !l.isBlank()).map(l -> l.substring(0, Math.min(2, l.length())).toLowerCase(Locale.ROOT));
        Optional<String> canonical = url.or(() -> meta(doc, "meta[property=og:url]"))
                .or(() -> Optional.ofNullable(doc.selectFirst("link[rel=canonical]")).map(e -> e.attr("href"))
                        .filter(s -> !s.isBlank()));
        Element root = contentRoot(doc);
        removeBoilerplate(root);
        StringBuilder text = new StringBuilder();
        String body = flatten(root);
        String headline = title.orElse("");
        if (!headline.isBlank() && !body.startsWith(headline)) {
            text.append(headline).append("\n\n");
        }
        text.append(body);
        return new Article(id, text.toString(), canonical, title, published, language);
    }

    private static Element contentRoot(Document doc) {
        for (String q : List.of("article", "[itemprop=articleBody]", "main", "[role=main]")) {
            Element e = doc.selectFirst(q);
            if (e != null && e.text().length() > 200) {
                return e;
            }
        }
        return doc.body() == null ? doc : doc.body();
    }

    private static final Pattern BYLINE_CLASS = Pattern.compile("(^|[\\s_-])(author|byline)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);

    private static void removeBoilerplate(Element root) {
        for (Element e : root.select("[class]")) {
            if (BYLINE_CLASS.matcher(e.className()).find()) {
                e.tagName("p"); // a line of its own, for the text cleaner to read the author from and remove
            }
        }
        root.select("script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]").remove();
        for (Element e : root.select("[class], [id]")) {
            if (e == root || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            if (BOILERPLATE_CLASS.matcher(e.className()).find() || BOILERPLATE_CLASS.matcher(e.id()).find()) {
                e.remove();
            }
        }
    }

    /** The element's text with a line break between blocks, white space inside a block folded. */
    private static String flatten(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int d) {
                if (d > MAX_DEPTH) {
                    return;
                }
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(s.charAt(0))) {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakLine(out);
                }
            }

            @Override
            public void tail(Node node, int d) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    breakLine(out);
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void breakLine(StringBuilder out) {
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append('\n');
        }
    }

    private static Optional<LocalDate> published(Document doc) {
        for (String q : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
                "meta[name=DC.date.issued]", "meta[property=og:published_time]")) {
            Optional<LocalDate> d = meta(doc, q).flatMap(JsonLinesArticleReader::date);
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Optional<LocalDate> d = jsonLdDate(ld.data());
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
            Optional<LocalDate> d = JsonLinesArticleReader.date(t.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> jsonLdDate(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode found = node == null ? null : node.findValue("datePublished");
            return found == null ? Optional.empty() : JsonLinesArticleReader.date(found.asText());
        } catch (java.io.IOException e) {
            return Optional.empty(); // a broken JSON-LD block says nothing; the page is read on
        }
    }

    private static Optional<String> meta(Document doc, String query) {
        return Optional.ofNullable(doc.selectFirst(query)).map(e -> e.attr("content")).filter(s -> !s.isBlank());
    }

    private static Optional<String> text(Element e) {
        return Optional.ofNullable(e).map(Element::text).filter(s -> !s.isBlank());
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... options) {
        for (Optional<String> o : options) {
            if (o.isPresent() && !o.get().isBlank()) {
                return Optional.of(o.get().strip());
            }
        }
        return Optional.empty();
    }
}
