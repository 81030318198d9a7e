package dev.parley.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens the same way for articles and for lexicon forms: a run of letters and
 * digits is a token; each other non-space character (hyphen and apostrophe too) is a token;
 * each CJK ideograph, kana or hangul syllable is a token of its own. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code text}, offsets relative to {@code base}. */
    public static List<Token> tokenize(CharSequence text, int base) {
        List<Token> out = new ArrayList<>();
        Cursor c = new Cursor(text);
        while (c.next()) {
            add(out, text, base, c.start(), c.end());
        }
        return out;
    }

    /**
     * Walks the tokens of a text one at a time without making a {@link Token} of each, for a caller that keeps
     * few of them. Not thread-safe.
     */
    public static final class Cursor {
        private final CharSequence text;
        private int start;
        private int end;

        public Cursor(CharSequence text) {
            this.text = text;
        }

        /** Moves to the next token; false at the end of the text. */
        public boolean next() {
            int n = text.length();
            int i = end;
            while (i < n) {
                int cp = Character.codePointAt(text, i);
                int len = Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    i += len;
                    continue;
                }
                start = i;
                i += len;
                if (!isCjk(cp) && Character.isLetterOrDigit(cp)) {
                    while (i < n) {
                        char ascii = text.charAt(i);
                        if (ascii < 0x80) { // most text: no code point, script or mark to look up
                            if (ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z'
                                    || ascii >= '0' && ascii <= '9') {
                                i++;
                                continue;
                            }
                            break;
                        }
                        int c = Character.codePointAt(text, i);
                        if (Character.isLetterOrDigit(c) && !isCjk(c) || isMark(c)) {
                            i += Character.charCount(c);
                        } else {
                            break;
                        }
                    }
                }
                end = i;
                return true;
            }
            start = end = n;
            return false;
        }

        /** Offset of the current token's first char. */
        public int start() {
            return start;
        }

        /** Offset after the current token's last char. */
        public int end() {
            return end;
        }
    }

    private static void add(List<Token> out, CharSequence text, int base, int start, int end) {
        String s = text.subSequence(start, end).toString();
        out.add(new Token(base + start, base + end, s, s.toLowerCase(Locale.ROOT)));
    }

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** True for characters of scripts written without spaces between words. */
    public static boolean isCjk(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.THAI;
    }

    /** The text of tokens {@code [from, to)}, one space where the original had white space between them. */
    public static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }
}
