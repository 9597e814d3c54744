package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;

/**
 * The signature block of an organisation's documents, e.g. {@code T/M ĐẢNG ỦY} / {@code BÍ THƯ} /
 * {@code Nguyễn Văn A} (party) or {@code TM. ỦY BAN NHÂN DÂN} / {@code CHỦ TỊCH} / name (state).
 *
 * @param authority the line that says on whose behalf the signer signs ("T/M ĐẢNG ỦY", "TM. UBND", "KT. CHỦ TỊCH")
 * @param title the signer's title ("BÍ THƯ", "PHÓ BÍ THƯ", "CHỦ TỊCH")
 * @param name the signer's full name
 */
public record Signatory(String authority, String title, String name) {
    public Signatory {
        authority = Args.nfc(authority);
        title = Args.nfc(title);
        name = Args.nfc(name);
    }
}
