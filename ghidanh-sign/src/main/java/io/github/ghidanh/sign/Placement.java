package io.github.ghidanh.sign;

import io.github.ghidanh.sign.internal.Messages;

/**
 * A rectangle on a page, in PDF points, as the page is seen (after its {@code /Rotate}): origin at
 * the bottom left corner of the visible page, y upwards. For the documents of ghidanh-report it is
 * the signature block that {@code io.github.ghidanh.report.SignatureBlocks} finds: the space between
 * the signer's title and name.
 *
 * @param pageIndex the page, 0-based
 * @param x the left edge
 * @param y the bottom edge
 * @param width the width, more than 0
 * @param height the height, more than 0
 */
public record Placement(int pageIndex, float x, float y, float width, float height) {
    /** Validates the rectangle. */
    public Placement {
        if (pageIndex < 0 || !(width > 0) || !(height > 0) || !Float.isFinite(x) || !Float.isFinite(y)
                || !Float.isFinite(width) || !Float.isFinite(height)) {
            throw Messages.error("sign.placement", pageIndex, x, y, width, height);
        }
    }
}
