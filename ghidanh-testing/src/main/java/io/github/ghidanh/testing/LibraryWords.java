package io.github.ghidanh.testing;

import java.util.List;
import java.util.Optional;

/**
 * Words that belong to the libraries underneath ghidanh and never to a message for its users: the
 * JSON parser's own phrases ("Unexpected end-of-input: expected close marker for Array (start marker
 * at [Source: REDACTED …"), its option and class names, package prefixes, exception names, the schema
 * validator's and the spreadsheet library's phrases, a stack frame. A message that says what is
 * wrong and where in the user's language contains none of them; the fuzz suites hold every message of
 * every bad input to that.
 */
public final class LibraryWords {
    /**
     * The words, matched case-sensitively ("Unexpected" is the parser's, a sentence with "an
     * unexpected error" is ours).
     */
    public static final List<String> WORDS = List.of(
            // Jackson's messages, option and class names
            "Unexpected", "marker", "Source", "REDACTED", "StreamReadFeature", "JsonParser", "JsonToken", "jackson",
            "Jackson", "START_OBJECT", "END_ARRAY", "token", "Unrecognized field", "end-of-input",
            // package prefixes and exception names of any library
            "com.", "org.", "java.", "javax.", "networknt", "Exception", "exception",
            // the schema validator's phrases
            "must be valid to one", "does not have a value in the enumeration", "is not defined in the schema",
            // a stack frame
            "\tat ");

    private LibraryWords() {
    }

    /** The first of {@link #WORDS} in {@code message}, if any. */
    public static Optional<String> in(String message) {
        if (message == null) {
            return Optional.empty();
        }
        return WORDS.stream().filter(message::contains).findFirst();
    }
}
