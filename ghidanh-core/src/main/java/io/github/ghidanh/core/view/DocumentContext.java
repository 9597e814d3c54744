package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import java.time.LocalDate;
import java.util.List;

/**
 * What every official document needs around its body: the header blocks, the number line, the
 * place and date, the signature block and the "Nơi nhận" list. The format (party or state) follows
 * the issuing organisation's kind.
 *
 * @param format PARTY (Hướng dẫn 36-HD/VPTW) or STATE (Nghị định 30/2020/NĐ-CP)
 * @param superiorName the superior body, first line of the left header, e.g. "ĐẢNG BỘ THÀNH PHỐ LÀO CAI"; may be null
 * @param issuerName the issuing body, e.g. "ĐẢNG ỦY PHƯỜNG DUYÊN HẢI"
 * @param number the registered number, e.g. "12"; null or blank until registered
 * @param typeCode the document type code of the number, e.g. "CV", "BC", "DS"
 * @param issuerAbbreviation the issuer's symbol, e.g. "ĐU"
 * @param place the place of the date line, e.g. "Duyên Hải"
 * @param date the document's date
 * @param signatory the signature block; may be null
 * @param copyTo the "Nơi nhận" lines, in order
 * @param toneStyle the issuer's tone placement for the library's fixed wording ({@link Organisation#toneStyle()});
 *        {@code null} means {@link ToneStyle#OLD}
 */
public record DocumentContext(OrganisationKind format, String superiorName, String issuerName, String number,
        String typeCode, String issuerAbbreviation, String place, LocalDate date, Signatory signatory,
        List<String> copyTo, ToneStyle toneStyle) {

    public DocumentContext {
        superiorName = Args.nfc(superiorName);
        issuerName = Args.nfc(issuerName);
        number = Args.nfc(number);
        typeCode = Args.nfc(typeCode);
        issuerAbbreviation = Args.nfc(issuerAbbreviation);
        place = Args.nfc(place);
        copyTo = Args.nfcList(copyTo);
        toneStyle = toneStyle == null ? ToneStyle.OLD : toneStyle;
    }

    /** A context with the traditional tone placement ({@link ToneStyle#OLD}). */
    public DocumentContext(OrganisationKind format, String superiorName, String issuerName, String number,
            String typeCode, String issuerAbbreviation, String place, LocalDate date, Signatory signatory,
            List<String> copyTo) {
        this(format, superiorName, issuerName, number, typeCode, issuerAbbreviation, place, date, signatory, copyTo, null);
    }

    /**
     * {@code fixedText}, a word or sentence of the library's own (written in {@link ToneStyle#OLD}), in this
     * document's tone placement. Never pass the host's text through here: it is printed as written.
     */
    public String fixed(String fixedText) {
        return toneStyle == ToneStyle.OLD || fixedText == null ? fixedText : VietnameseText.toneForm(fixedText, toneStyle);
    }

    /**
     * The number line: party documents "Số 12-CV/ĐU" (no colon; blank number kept as spaces so it
     * can be filled in by hand), state documents "Số: 156/QĐ-UBND".
     */
    public String numberLine() {
        boolean blank = number == null || number.isBlank();
        String n = blank ? "    " : number.strip();
        String code = typeCode == null ? "" : typeCode;
        String abbr = issuerAbbreviation == null ? "" : issuerAbbreviation;
        if (format == OrganisationKind.PARTY) {
            return "Số " + n + "-" + code + "/" + abbr;
        }
        return "Số: " + n + "/" + code + "-" + abbr;
    }
}
