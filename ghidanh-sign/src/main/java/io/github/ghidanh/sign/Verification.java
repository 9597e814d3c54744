package io.github.ghidanh.sign;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The signatures of a PDF as {@link PdfSigner#verify} found them, in the order they were made.
 *
 * @param signatures one report per signature
 */
public record Verification(List<SignatureReport> signatures) {
    /** Copies the list. */
    public Verification {
        signatures = List.copyOf(signatures);
    }

    /**
     * Whether the PDF has signatures, each intact and with its later changes signed, the last one
     * covering the whole file, each chain valid. Trust in the issuers is {@link SignatureReport#trusted}.
     *
     * @return whether every signature holds
     */
    public boolean allValid() {
        return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.intact() && s.laterChangesSigned() && s.chainValid())
                && signatures.get(signatures.size() - 1).coversWholeFile();
    }

    /**
     * One line per signature, in Vietnamese ({@code vi}) or English.
     *
     * @param locale the language
     * @return the text
     */
    public String describe(Locale locale) {
        return signatures.stream().map(s -> s.describe(locale)).collect(Collectors.joining("\n"));
    }
}
