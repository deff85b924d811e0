package org.jiebang.bid;

/** Trimming of typed text: surrounding blanks go, an empty text is no text. */
final class Texts {

    private Texts() {
    }

    static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
