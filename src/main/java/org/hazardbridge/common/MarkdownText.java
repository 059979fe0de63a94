package org.hazardbridge.common;

/**
 * Makes user text safe to show in a form's Markdown: HTML is written as entities and every Markdown mark is
 * escaped, so a title like {@code [点我](http://...)} or {@code <img ...>} shows as the characters typed.
 */
public final class MarkdownText {

    private static final String MARKS = "\\`*_{}[]()#!|~>";

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    private static void append(StringBuilder out, int c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> {
                if (c < 128 && MARKS.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        }
    }
}
