package io.github.ghidanh.report;

import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.internal.SignatureBlockLocator;
import java.util.List;
import java.util.Objects;

/**
 * Where the signature blocks of a rendered PDF are, so that a signing tool can place the signer's
 * and the agency's signature images as Nghị định 30/2020/NĐ-CP Phụ lục I asks:
 *
 * <pre>{@code
 * byte[] pdf = reports.render(view, options);
 * List<SignatureBlock> blocks = SignatureBlocks.locate(reports, view, options);
 * }</pre>
 *
 * <p>The positions are read from the filled layout (the elements that print the signer's title and
 * name), so they hold for a host's own template as well, provided it prints both. The document is
 * filled once more for this, in memory; the PDF of {@link Reports#render} with the same view and
 * options has the same layout, as rendering is deterministic.
 */
public final class SignatureBlocks {
    private SignatureBlocks() {
    }

    /**
     * The signature blocks of the PDF that {@code reports} renders from {@code view} with
     * {@code options}, in page order: one for most documents, one per page of the certificates, none
     * if the document prints no signer name. The format of the options does not matter.
     *
     * @param reports the renderer (its host templates apply)
     * @param view the document's read model
     * @param options the options of the render
     * @return the blocks, unmodifiable
     * @throws ReportException if the document cannot be filled
     */
    public static List<SignatureBlock> locate(Reports reports, DocumentView view, RenderOptions options) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(options, "options");
        return SignatureBlockLocator.locate(reports.prepare(view, options));
    }
}
