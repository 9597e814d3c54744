package io.github.ghidanh.report;

import io.github.ghidanh.report.internal.Messages;

/**
 * Where a signature image goes on a rendered PDF: the free space of a signature block between the
 * signer's title (chức vụ) and the signer's name, where Nghị định 30/2020/NĐ-CP Phụ lục I puts the
 * image of the signer's digital signature. A rectangle in PDF points in the page's own coordinates
 * (origin at the bottom left corner, y upwards), on the page with index {@code pageIndex} (0 is the
 * first page).
 *
 * @param pageIndex the page, 0-based
 * @param x the left edge, in points from the left edge of the page
 * @param y the bottom edge, in points from the bottom edge of the page
 * @param width the width in points; the width of the signature block's column
 * @param height the height in points; the space between the title's last line and the name
 */
public record SignatureBlock(int pageIndex, float x, float y, float width, float height) {
    /** Validates the rectangle: a page index of 0 or more, a positive size, finite numbers. */
    public SignatureBlock {
        if (pageIndex < 0 || !(width > 0) || !(height > 0) || !Float.isFinite(x) || !Float.isFinite(y)
                || !Float.isFinite(width) || !Float.isFinite(height)) {
            throw Messages.error("report.signature.block", pageIndex, x, y, width, height);
        }
    }
}
