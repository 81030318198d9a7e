package dev.parley.pipeline.text;

/**
 * A token of text: offsets into the article text, the token as written and lower-cased.
 */
public record Token(int start, int end, String text, String lower) {

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** A character of a script written without spaces (a token of its own, so no short word of its own). */
    public boolean isCjk() {
        return Tokenizer.isCjk(text.codePointAt(0));
    }

    public boolean isNumber() {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
