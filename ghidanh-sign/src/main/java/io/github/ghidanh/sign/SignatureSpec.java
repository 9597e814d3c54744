package io.github.ghidanh.sign;

import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.sign.internal.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What one signature is to be: its field name, appearance, signing time (the {@code /M} entry of the
 * signature dictionary; PAdES leaves the signing time out of the signed attributes), reason and
 * location, the size reserved for the CMS signature, and the time-stamp authority for B-T (none: B-B).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * SignatureSpec spec = SignatureSpec.builder("Signer")
 *         .appearance(Appearance.signerImage(block, png))
 *         .timeStamps(TimeStampClient.http(URI.create("http://tsa.example/tsr"), Duration.ofSeconds(20)))
 *         .build();
 * }</pre>
 */
public final class SignatureSpec {
    /** The time zone of Vietnam, in which Nghị định 30/2020 writes signing times. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The default space for the CMS signature: a chain of a few certificates and a time stamp fit. */
    public static final int DEFAULT_RESERVED_BYTES = 16_384;

    private final String fieldName;
    private final Appearance appearance;
    private final Instant signingTime;
    private final ZoneId zone;
    private final String reason;
    private final String location;
    private final int reservedBytes;
    private final TimeStampClient timeStamps;

    private SignatureSpec(Builder b) {
        this.fieldName = b.fieldName;
        this.appearance = b.appearance;
        this.signingTime = b.signingTime;
        this.zone = b.zone;
        this.reason = b.reason;
        this.location = b.location;
        this.reservedBytes = b.reservedBytes;
        this.timeStamps = b.timeStamps;
    }

    /**
     * A builder for a signature in the field {@code fieldName} (unique in the document, e.g. "Signer"
     * and "Agency").
     *
     * @param fieldName the signature field's name
     * @return the builder
     */
    public static Builder builder(String fieldName) {
        return new Builder(fieldName);
    }

    /** @return the signature field's name */
    public String fieldName() {
        return fieldName;
    }

    /** @return how the signature shows */
    public Appearance appearance() {
        return appearance;
    }

    /** @return the signing time written to {@code /M}; null: the time of {@code prepare} */
    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    /** @return the zone the signing time is shown in */
    public ZoneId zone() {
        return zone;
    }

    /** @return the reason, or empty */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** @return the location, or empty */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /** @return the bytes reserved in the PDF for the CMS signature */
    public int reservedBytes() {
        return reservedBytes;
    }

    /** @return the time-stamp authority (PAdES B-T), or empty (B-B) */
    public Optional<TimeStampClient> timeStamps() {
        return Optional.ofNullable(timeStamps);
    }

    /** Builds a {@link SignatureSpec}. */
    public static final class Builder {
        private final String fieldName;
        private Appearance appearance = Appearance.invisible();
        private Instant signingTime;
        private ZoneId zone = VIETNAM;
        private String reason;
        private String location;
        private int reservedBytes = DEFAULT_RESERVED_BYTES;
        private TimeStampClient timeStamps;

        private Builder(String fieldName) {
            if (fieldName == null || fieldName.isBlank() || fieldName.contains(".")) {
                throw Messages.error("sign.spec.field", fieldName);
            }
            this.fieldName = VietnameseText.nfc(fieldName.strip());
        }

        /**
         * @param a how the signature shows (default: invisible)
         * @return this builder
         */
        public Builder appearance(Appearance a) {
            this.appearance = Objects.requireNonNull(a, "appearance");
            return this;
        }

        /**
         * @param t the signing time for {@code /M} (default: when {@code prepare} runs)
         * @return this builder
         */
        public Builder signingTime(Instant t) {
            this.signingTime = t;
            return this;
        }

        /**
         * @param z the zone of the signing time (default: {@link #VIETNAM})
         * @return this builder
         */
        public Builder zone(ZoneId z) {
            this.zone = Objects.requireNonNull(z, "zone");
            return this;
        }

        /**
         * @param r the reason, e.g. "Ký ban hành"; null for none
         * @return this builder
         */
        public Builder reason(String r) {
            this.reason = r == null || r.isBlank() ? null : VietnameseText.nfc(r.strip());
            return this;
        }

        /**
         * @param l the location; null for none
         * @return this builder
         */
        public Builder location(String l) {
            this.location = l == null || l.isBlank() ? null : VietnameseText.nfc(l.strip());
            return this;
        }

        /**
         * @param bytes the space for the CMS signature, 2,048 to 30,000 bytes (PDF/A-1 limits a string
         *     to 65,535 bytes, the hexadecimal form is twice as long)
         * @return this builder
         */
        public Builder reservedBytes(int bytes) {
            if (bytes < 2_048 || bytes > 30_000) {
                throw Messages.error("sign.spec.reserved", bytes);
            }
            this.reservedBytes = bytes;
            return this;
        }

        /**
         * @param client the time-stamp authority for PAdES B-T; null for B-B
         * @return this builder
         */
        public Builder timeStamps(TimeStampClient client) {
            this.timeStamps = client;
            return this;
        }

        /** @return the spec */
        public SignatureSpec build() {
            return new SignatureSpec(this);
        }
    }
}
