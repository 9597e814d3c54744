package io.github.ghidanh.sign;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The block found from a PDF's text matches the one the report reads from its layout. */
class FindBlockTest {
    @Test
    void theTextBlockOfALetterMatchesTheLayoutBlock() {
        var view = Documents.views().get("letter");
        Documents.Rendered r = Documents.render("letter", view);
        Placement layout = r.blocks().get(0);
        Placement text = PdfSigner.findBlock(r.pdf(), view.context().signatory().name()).orElseThrow();
        assertThat(text.pageIndex()).isEqualTo(layout.pageIndex());
        // the text lines are narrower than their elements and the glyphs sit inside them: a few points apart
        assertThat(text.y()).isCloseTo(layout.y(), Offset.offset(6f));
        assertThat(text.y() + text.height()).isCloseTo(layout.y() + layout.height(), Offset.offset(8f));
        assertThat(text.x() + text.width() / 2).isCloseTo(layout.x() + layout.width() / 2, Offset.offset(3f));
        assertThat(PdfSigner.findBlock(r.pdf(), "Nobody Of That Name")).isEmpty();
    }
}
