package io.github.ghidanh.interchange;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.ghidanh.interchange.internal.Messages;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Where a text that Jackson refused breaks the JSON grammar (RFC 8259), and what was expected there,
 * in the user's words. Jackson's own messages name its internals ("expected close marker for Array
 * (start marker at [Source: REDACTED …"); this scan runs only after Jackson has failed, walks the text
 * once and stops at the first fault. It also applies the limits the reader's Jackson applies (nesting
 * depth, text and number lengths) and its one rule beyond the grammar: a field name twice in one object.
 */
final class JsonSyntax {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.defaults();

    /** The first fault: 1-based line and column, and what is wrong there. */
    record Fault(int line, int column, BilingualMessage what) {
    }

    private final String text;
    private int pos;
    /** The open objects and lists, innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();

    private record Open(boolean object, int start, Set<String> names) {
    }

    private JsonSyntax(String text) {
        this.text = text;
    }

    /** The first fault of {@code text}, or null when the scan finds none. */
    static Fault firstFault(String text) {
        return new JsonSyntax(text).scan();
    }

    private Fault scan() {
        Fault f = value();
        while (f == null) {
            f = afterValue();
            if (f == DONE) {
                return null;
            }
        }
        return f;
    }

    /** Marks the end of a well-formed text in {@link #afterValue()}. */
    private static final Fault DONE = new Fault(0, 0, null);

    /** At the start of a value; returns a fault, or null once the value (or an opening bracket) is read. */
    private Fault value() {
        skipSpace();
        if (pos >= text.length()) {
            return fault(pos, expected(open.isEmpty() ? "json.expect.object" : "json.expect.value", found(pos, null)));
        }
        char c = text.charAt(pos);
        if (c == '{' || c == '[') {
            if (open.size() >= LIMITS.getMaxNestingDepth()) {
                return fault(pos, Messages.of("json.syntax.tooDeep", LIMITS.getMaxNestingDepth()));
            }
            open.push(new Open(c == '{', pos, c == '{' ? new HashSet<>() : null));
            pos++;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == (c == '{' ? '}' : ']')) {
                open.pop();
                pos++;
                return null;
            }
            return c == '{' ? name(true) : value();
        }
        if (c == '"') {
            return string(LIMITS.getMaxStringLength());
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.equals("true") || word.equals("false") || word.equals("null")) {
            return null;
        }
        if (pos >= text.length() && !word.isEmpty()
                && ("true".startsWith(word) || "false".startsWith(word) || "null".startsWith(word))) {
            // a file cut inside true, false or null: what is wrong is the end of the file, not the word
            return fault(pos, expected(open.isEmpty() ? "json.expect.object" : "json.expect.value", found(pos, null)));
        }
        return fault(start, expected(open.isEmpty() ? "json.expect.object" : "json.expect.value", found(start, word)));
    }

    /** After a value: a comma, the closing bracket of the innermost open structure, or the end of the text. */
    private Fault afterValue() {
        skipSpace();
        if (open.isEmpty()) {
            return pos >= text.length() ? DONE : fault(pos, expected("json.expect.end", found(pos, null)));
        }
        Open inner = open.peek();
        char close = inner.object ? '}' : ']';
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            return inner.object ? name(false) : value();
        }
        if (pos < text.length() && text.charAt(pos) == close) {
            open.pop();
            pos++;
            return null;
        }
        return fault(pos, expected(inner.object ? "json.expect.commaOrObjectEnd" : "json.expect.commaOrListEnd", found(pos, null)));
    }

    /** A field name and its colon, then the field's value. */
    private Fault name(boolean first) {
        skipSpace();
        Open inner = open.peek();
        if (pos >= text.length() || text.charAt(pos) != '"') {
            return fault(pos, expected(first ? "json.expect.nameOrObjectEnd" : "json.expect.name", found(pos, null)));
        }
        int start = pos;
        Fault f = string(LIMITS.getMaxNameLength());
        if (f != null) {
            return f;
        }
        String name = text.substring(start + 1, pos - 1);
        if (!inner.names.add(name)) {
            return fault(start, Messages.of("json.syntax.duplicate", name));
        }
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != ':') {
            return fault(pos, expected("json.expect.colon", found(pos, null)));
        }
        pos++;
        return value();
    }

    /** A text in double quotes, from its opening quote; the position ends after its closing quote. */
    private Fault string(int maxLength) {
        int start = pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return pos - start - 2 > maxLength ? fault(start, Messages.of("json.syntax.tooLong", maxLength)) : null;
            }
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                char e = text.charAt(pos + 1);
                if (e == 'u') {
                    for (int k = 2; k < 6; k++) {
                        if (pos + k >= text.length() || Character.digit(text.charAt(pos + k), 16) < 0) {
                            return fault(pos, Messages.of("json.syntax.escape", text.substring(pos, Math.min(pos + 6, text.length()))));
                        }
                    }
                    pos += 6;
                    continue;
                }
                if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return fault(pos, Messages.of("json.syntax.escape", "\\" + e));
                }
                pos += 2;
                continue;
            }
            if (c < 0x20) {
                return fault(pos, Messages.of("json.syntax.control", String.format("U+%04X", (int) c)));
            }
            pos++;
        }
        return fault(pos, expected("json.expect.quote", found(pos, null), lineOf(start), columnOf(start)));
    }

    /** A number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private Fault number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '0') {
            pos++;
        } else if (!digits()) {
            return numberFault(start);
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (!digits()) {
                return numberFault(start);
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (!digits()) {
                return numberFault(start);
            }
        }
        if (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            return numberFault(start); // "01", "1.2.3", "12abc"
        }
        return pos - start > LIMITS.getMaxNumberLength() ? fault(start, Messages.of("json.syntax.tooLong", LIMITS.getMaxNumberLength()))
                : null;
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Fault numberFault(int start) {
        int end = pos;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "+-.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return fault(start, Messages.of("json.syntax.number", text.substring(start, Math.min(end, start + 40))));
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** "expected X, found Y": {@code what} is the key of X, {@code whatArgs} its arguments. */
    private static BilingualMessage expected(String what, BilingualMessage found, Object... whatArgs) {
        return Messages.of("json.syntax.expected", Messages.of(what, whatArgs), found);
    }

    /**
     * What stands at {@code at}: a word, a character, a control character, or the end of the file
     * (then with the object or list that is still open, the usual sign of a truncated file).
     */
    private BilingualMessage found(int at, String word) {
        if (at >= text.length()) {
            Open inner = open.peek();
            return inner == null ? Messages.of("json.found.end")
                    : Messages.of(inner.object ? "json.found.endInObject" : "json.found.endInList", lineOf(inner.start),
                            columnOf(inner.start));
        }
        if (word != null && !word.isEmpty()) {
            return Messages.of("json.found.text", word.length() > 40 ? word.substring(0, 40) + "…" : word);
        }
        int c = text.codePointAt(at);
        if (c < 0x20 || c == 0x7F) {
            return Messages.of("json.found.control", String.format("U+%04X", c));
        }
        return Messages.of("json.found.text", new String(Character.toChars(c)));
    }

    private Fault fault(int at, BilingualMessage what) {
        return new Fault(lineOf(at), columnOf(at), what);
    }

    private int lineOf(int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private int columnOf(int at) {
        int start = Math.min(at, text.length());
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return at - start + 1;
    }
}
