package dev.parley.pipeline.text;

/** Punctuation of every script Parley reads, by role. */
public final class Punctuation {

    private static final String COMMAS = ",，、،";
    private static final String CLAUSE_BREAKS = ",;:(，；：（、،؛";

    private Punctuation() {
    }

    /** A comma in any script: "," "，" "、" "،". */
    public static boolean isComma(String token) {
        return token.length() == 1 && COMMAS.indexOf(token.charAt(0)) >= 0;
    }

    /** A token that ends a clause inside a sentence: commas, semicolons, colons, an opening bracket. */
    public static boolean isClauseBreak(String token) {
        return token.length() == 1 && CLAUSE_BREAKS.indexOf(token.charAt(0)) >= 0;
    }
}
