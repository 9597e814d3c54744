package io.github.ghidanh.sign;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.sign.internal.Messages;
import java.util.Objects;

/**
 * How a signature shows on the page, in the forms of Nghị định 30/2020/NĐ-CP Phụ lục I. Images are
 * PNG or JPEG bytes; a transparent PNG (the form the decree asks for) is kept transparent with a mask
 * that PDF/A-1 allows (see docs/signing.md).
 */
public sealed interface Appearance {

    /** No visible appearance (an empty widget with a zero rectangle). */
    static Appearance invisible() {
        return Invisible.INSTANCE;
    }

    /**
     * The signer's signature image, centred in {@code block} (the space between the signer's title
     * and name) and as large as fits it, keeping its proportions.
     *
     * @param block the space of the signature block
     * @param image the PNG or JPEG of the signer's handwritten signature
     * @return the appearance
     */
    static Appearance signerImage(Placement block, byte[] image) {
        return new SignerImage(block, image);
    }

    /**
     * The agency's seal, {@code diameter} points wide, over the left third of the signer's signature
     * image in {@code block}: its right edge a third of the way into the signer's image (the signer's
     * widget already in the document, else the image space {@link #signerImage} would use for a
     * square image), centred on it vertically.
     *
     * @param block the same space as the signer's
     * @param image the PNG or JPEG of the seal (red, its real size)
     * @param diameter the seal's width and height in points (a seal of 34 mm is 96.4 points)
     * @return the appearance
     */
    static Appearance agencySeal(Placement block, byte[] image, float diameter) {
        return new AgencySeal(block, image, diameter);
    }

    /**
     * The text line of an electronic copy or an attachment, at the top right of the first page in
     * Times 10 pt, black, upright (Liberation Serif, metric-compatible, is embedded).
     *
     * @param text e.g. the number, the agency and the signing time in ISO 8601 with the time zone
     * @return the appearance
     */
    static Appearance textLine(String text) {
        return new TextLine(text);
    }

    /** No visible appearance. */
    enum Invisible implements Appearance {
        /** The one instance. */
        INSTANCE
    }

    /**
     * The signer's image in a block.
     *
     * @param block where
     * @param image PNG or JPEG bytes
     */
    record SignerImage(Placement block, byte[] image) implements Appearance {
        /** Validates and copies the image. */
        public SignerImage {
            Objects.requireNonNull(block, "block");
            image = checkedImage(image);
        }

        @Override
        public byte[] image() {
            return image.clone();
        }
    }

    /**
     * The agency's seal over the signer's image.
     *
     * @param block where the signer's image is
     * @param image PNG or JPEG bytes
     * @param diameter the seal's size in points
     */
    record AgencySeal(Placement block, byte[] image, float diameter) implements Appearance {
        /** Validates and copies the image. */
        public AgencySeal {
            Objects.requireNonNull(block, "block");
            image = checkedImage(image);
            if (!(diameter > 0) || !Float.isFinite(diameter)) {
                throw Messages.error("sign.appearance.diameter", diameter);
            }
        }

        @Override
        public byte[] image() {
            return image.clone();
        }
    }

    /**
     * The text line of a copy or an attachment.
     *
     * @param text the line, NFC-normalised
     */
    record TextLine(String text) implements Appearance {
        /** Validates and normalises the text. */
        public TextLine {
            if (text == null || text.isBlank()) {
                throw Messages.error("sign.appearance.text");
            }
            text = VietnameseText.nfc(text.strip());
        }
    }

    private static byte[] checkedImage(byte[] image) {
        if (image == null || image.length == 0) {
            throw Messages.error("sign.appearance.image");
        }
        return image.clone();
    }
}
