package dev.parley.pipeline.clean;

import dev.parley.api.Article;
import dev.parley.api.ArticleCleaner;
import dev.parley.api.BlockKind;
import dev.parley.api.CleanArticle;
import dev.parley.api.Dateline;
import dev.parley.api.Removal;
import dev.parley.api.Sentence;
import dev.parley.api.Span;
import dev.parley.pipeline.text.Tokenizer;
import dev.parley.pipeline.time.DateExpression;
import dev.parley.pipeline.time.DateFinder;
import dev.parley.pipeline.time.DateLexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text that a crawler already flattened: keeps the headline, the body paragraphs, and apart from them
 * photo captions and links to other stories (marked as such), removes menus, credits, bylines, related-news lists, bios and footers with a
 * reason each, reads the publication date and dateline the text states, then splits the kept text into
 * sentences. Offsets stay those of the article text. Immutable and thread-safe.
 */
public final class TextCleaner implements ArticleCleaner {

    private static final Pattern CRAWLER_DATE = Pattern.compile("^date (\\d{4}-\\d{2}-\\d{2})\\s*");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(published|updated|posted|date|veröffentlicht|aktualisiert|stand|publié( le)?|mis à jour|publicado|"
                    + "actualizado|pubblicato|diterbitkan|cập nhật|ngày đăng|опубликовано|обновлено)\\b\\s*:?.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final LinePattern CAPTION = LinePattern.compile(
            ".*(\\((photo|foto|ảnh|фото|bild|image)\\b|\\b(photo|foto|ảnh|фото|bild) ?:|\\((r|l|left|right|centre|center|"
                    + "droite|gauche|links|rechts|izquierda|derecha|trái|phải)\\)|\\bảnh \\d|\\|\\s*$).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String TERMINAL = ".!?。！？…:;";
    private static final String CLOSERS = "\"”“»«'’)]」』";
    private static final Set<String> ORDINAL_DOTS = Set.of("de", "da", "no", "fi", "cs", "sk", "pl", "hu", "tr", "hr",
            "sl", "sr", "et", "lv", "lt");
    private static final int MENU_WORDS = 3;
    private static final int DATE_LINE_WORDS = 12;
    private static final int LINK_WORDS = 6;
    /** A line without final punctuation longer than this is run-on body text, not a headline or a link. */
    private static final int HEADLINE_WORDS = 40;
    private static final int PARAGRAPH_LANGUAGE_WORDS = 8;
    private static final int MENU_RUN = 3;

    private final LanguageGuesser languages;
    private final SentenceSplitter splitter;
    private final BoilerplateRules boilerplate;
    private final Function<String, DateLexicon> dates;

    /**
     * @param dates the date words of a language, for publication-date lines
     */
    public TextCleaner(LanguageGuesser languages, SentenceSplitter splitter, BoilerplateRules boilerplate,
                       Function<String, DateLexicon> dates) {
        this.languages = languages;
        this.splitter = splitter;
        this.boilerplate = boilerplate;
        this.dates = dates;
    }

    private enum Kind { HEADLINE, BODY, CAPTION, LINK, REMOVED }

    private static final class Line {
        int start;
        final int end;
        Kind kind;
        String reason;
        int words;
        /** The line {@link #normalize}d, for comparing lines. */
        String normalized;

        Line(int start, int end) {
            this.start = start;
            this.end = end;
        }
    }

    @Override
    public CleanArticle apply(Article article) {
        String text = article.text();
        String language = article.language().filter(l -> !l.isBlank())
                .map(l -> l.toLowerCase(Locale.ROOT)).orElseGet(() -> languages.guess(text));
        List<Removal> removed = new ArrayList<>();
        List<Line> lines = lines(text);
        Optional<LocalDate> published = Optional.empty();
        Optional<String> author = Optional.empty();

        for (Line line : lines) {
            Matcher m = CRAWLER_DATE.matcher(text.substring(line.start, line.end));
            if (m.find()) {
                published = published.or(() -> parseIso(m.group(1)));
                removed.add(new Removal(new Span(line.start, line.start + m.end()), "crawler date field"));
                line.start += m.end();
            }
            line.words = countWords(text, line.start, line.end);
        }
        lines.removeIf(l -> l.start >= l.end);
        markMenus(text, lines);

        Set<String> allLines = new HashSet<>();
        for (Line line : lines) {
            line.normalized = normalize(text.substring(line.start, line.end));
            allLines.add(line.normalized);
        }
        boolean tail = false;
        boolean bodySeen = false;
        String title = article.title().map(TextCleaner::normalize).orElse(null);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind != null) {
                continue;
            }
            String s = text.substring(line.start, line.end);
            if (tail) {
                remove(line, "after the end of the article");
                continue;
            }
            if (DATE_LINE.matcher(s).matches() && s.length() < 120) {
                if (published.isEmpty()) {
                    published = absoluteDate(text, line, language);
                }
                remove(line, "publication date line");
                continue;
            }
            if (!bodySeen && line.words <= DATE_LINE_WORDS && !endsSentence(s)) {
                Optional<LocalDate> stated = absoluteDate(text, line, language);
                if (stated.isPresent()) {
                    published = published.or(() -> stated);
                    remove(line, "publication date line");
                    continue;
                }
            }
            String folded = RequiredLiterals.fold(s);
            Optional<BoilerplateRules.Verdict> verdict = boilerplate.judge(s, folded);
            if (verdict.isPresent()) {
                if (verdict.get().reason().equals("byline") && author.isEmpty()) {
                    author = Optional.of(s.replaceFirst("^\\S+\\s+", "").replaceFirst(",.*$", "").strip());
                }
                remove(line, verdict.get().reason());
                tail = verdict.get().endsArticle();
                continue;
            }
            String norm = line.normalized;
            Optional<String> site = SiteSuffix.headline(s);
            if (site.isPresent() && allLines.contains(normalize(site.get()))) {
                remove(line, "repeated headline with the site's name");
            } else if (s.startsWith(">>") || s.startsWith("»")) {
                line.kind = Kind.LINK;
            } else if (!seen.add(norm)) {
                remove(line, title != null && title.equals(norm) || line.words < 20 ? "repeated headline" : "repeated paragraph");
            } else if (line.words < 60 && CAPTION.matches(s, folded)) {
                line.kind = Kind.CAPTION;
            } else if (!endsSentence(s) && continues(text, lines, i)) {
                line.kind = Kind.BODY;
                bodySeen = true;
            } else if (!endsSentence(s) && line.words <= HEADLINE_WORDS) {
                if (!bodySeen && line.words >= 2) {
                    line.kind = Kind.HEADLINE;
                } else if (line.words >= LINK_WORDS) {
                    line.kind = Kind.LINK;
                } else {
                    remove(line, "heading or link");
                }
            } else if (line.words < 4) {
                remove(line, "fragment");
            } else {
                line.kind = Kind.BODY;
                bodySeen = true;
            }
        }
        joinContinuations(text, lines);

        List<Sentence> sentences = new ArrayList<>();
        Optional<Dateline> dateline = Optional.empty();
        for (Line line : lines) {
            if (line.kind == Kind.REMOVED) {
                removed.add(new Removal(new Span(line.start, line.end), line.reason));
                continue;
            }
            int from = line.start;
            if (line.kind == Kind.BODY && dateline.isEmpty()) {
                dateline = DatelineParser.parse(text, line.start, line.end);
                if (dateline.isPresent()) {
                    from = dateline.get().span().end();
                }
            }
            BlockKind kind = switch (line.kind) {
                case HEADLINE -> BlockKind.HEADLINE;
                case CAPTION -> BlockKind.CAPTION;
                case LINK -> BlockKind.LINK;
                default -> BlockKind.BODY;
            };
            List<Span> spans = kind == BlockKind.BODY ? splitter.split(text, from, line.end,
                    ORDINAL_DOTS.contains(language)) : List.of(new Span(from, line.end));
            // captions and links are often in another language than the story (a Vietnamese caption on an
            // English page); body paragraphs follow the article
            String paragraphLanguage = !kind.isCoded() && line.words >= PARAGRAPH_LANGUAGE_WORDS
                    ? languages.guess(text.subSequence(from, line.end)) : language;
            for (Span sp : spans) {
                sentences.add(new Sentence(sentences.size(), sp, sp.of(text), kind, paragraphLanguage));
            }
        }
        removed.sort((a, b) -> a.span().compareTo(b.span()));
        return new CleanArticle(article, language, sentences, removed, dateline, published, author);
    }

    private static void remove(Line line, String reason) {
        line.kind = Kind.REMOVED;
        line.reason = reason;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(s, e));
            }
            i = end + 1;
        }
        return out;
    }

    private static int countWords(String text, int start, int end) {
        int words = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (Tokenizer.isCjk(c)) {
                words++;
                in = false;
            } else if (letter && !in) {
                words++;
                in = true;
            } else if (!letter && c != '-' && c != '\'') {
                in = false;
            }
        }
        return words;
    }

    /** Runs of short lines without sentence punctuation are navigation menus. */
    private static void markMenus(String text, List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).words <= MENU_WORDS
                    && !endsSentence(text.substring(lines.get(j).start, lines.get(j).end))) {
                j++;
            }
            if (j - i >= MENU_RUN) {
                for (int k = i; k < j; k++) {
                    remove(lines.get(k), "navigation menu");
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A body line cut in the middle of a sentence continues on the next kept line. */
    private static void joinContinuations(String text, List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            if (a.kind == Kind.BODY && !endsSentence(text.substring(a.start, a.end))) {
                int j = i + 1;
                if (j < lines.size()) {
                    Line b = lines.get(j);
                    char first = text.charAt(b.start);
                    if (Character.isLowerCase(first) || Character.isDigit(first)) {
                        Line joined = new Line(a.start, b.end);
                        joined.kind = Kind.BODY;
                        joined.words = a.words + b.words;
                        lines.subList(i, j + 1).clear();
                        lines.add(i, joined);
                    }
                }
            }
        }
    }

    private static boolean endsSentence(String s) {
        int e = s.length();
        while (e > 0 && CLOSERS.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > 0 && TERMINAL.indexOf(s.charAt(e - 1)) >= 0;
    }

    /** A long line without final punctuation whose next line goes on in lower case: a broken sentence. */
    private static boolean continues(String text, List<Line> lines, int i) {
        if (lines.get(i).words < 6 || i + 1 >= lines.size()) {
            return false;
        }
        char next = text.charAt(lines.get(i + 1).start);
        return Character.isLowerCase(next) || Character.isDigit(next);
    }

    /** Lower case, letters and digits only, single spaces: for comparing lines. */
    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    private static Optional<LocalDate> parseIso(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<LocalDate> absoluteDate(String text, Line line, String language) {
        var tokens = Tokenizer.tokenize(text.substring(line.start, line.end), line.start);
        for (String lang : new String[] {language, "en"}) {
            for (DateExpression e : DateFinder.find(tokens, dates.apply(lang))) {
                if (e.isAbsolute() && e.day() != 0) {
                    return Optional.of(LocalDate.of(e.year(), e.month(), e.day()));
                }
            }
        }
        return Optional.empty();
    }
}
