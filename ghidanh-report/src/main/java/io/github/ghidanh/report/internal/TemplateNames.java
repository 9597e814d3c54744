package io.github.ghidanh.report.internal;

import io.github.ghidanh.report.DocumentType;
import io.github.ghidanh.report.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names of the parameters and fields a document's template is filled with: what {@link Documents}
 * puts in the parameter map, what {@link LineDataSource} answers for each row, and what a layout
 * (the library's own from {@link DesignFactory}, or a host's template) may use. docs/reports.md lists
 * them per document; renaming one breaks every host template that uses it.
 */
final class TemplateNames {
    // ---------------------------------------------------------------- parameters: every document

    /** The superior body, top left ("ĐẢNG BỘ THÀNH PHỐ LÀO CAI"). */
    static final String P_SUPERIOR_BODY = "superiorBody";
    /** The issuing body, top left under the superior ("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI"). */
    static final String P_ISSUING_BODY = "issuingBody";
    /** The national heading, top right ("ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
    static final String P_NATIONAL_HEADING = "nationalHeading";
    /** "Độc lập - Tự do - Hạnh phúc" under the state heading; absent for party documents. */
    static final String P_MOTTO = "motto";
    /** "Số 12-BC/ĐU" or "Số: 156/QĐ-UBND"; absent when the document has no type code. */
    static final String P_NUMBER_LINE = "numberLine";
    /** "Duyên Hải, ngày 05 tháng 02 năm 2023". */
    static final String P_PLACE_AND_DATE = "placeAndDate";
    /** "Nơi nhận:"; absent when the document has no distribution list. */
    static final String P_DISTRIBUTION_LABEL = "distributionLabel";
    /** The distribution list, one "- recipient" per line. */
    static final String P_DISTRIBUTION = "distribution";
    /** "T/M ĐẢNG ỦY", "TM. ỦY BAN NHÂN DÂN". */
    static final String P_SIGNING_AUTHORITY = "signingAuthority";
    /** "BÍ THƯ", "CHỦ TỊCH". */
    static final String P_SIGNER_TITLE = "signerTitle";
    /** The signer's name. */
    static final String P_SIGNER_NAME = "signerName";
    /** "Trang " / "Page ": the words before the page number in the footer. */
    static final String P_PAGE_LABEL = "pageLabel";
    /** "PARTY" or "STATE": which format the header follows (not used by the library's layouts, which come in both). */
    static final String P_ORGANISATION_KIND = "organisationKind";

    // ---------------------------------------------------------------- parameters: some documents

    /** The letter's subject under its number, "V/v …". */
    static final String P_SUBJECT_LINE = "subjectLine";
    /** The first title line ("SỔ GHI DANH"). */
    static final String P_TITLE = "title";
    /** The trích yếu under the type name (what, which period, and the theme where there is one), bold. */
    static final String P_SUBTITLE = "subtitle";
    /** The bold line under the trích yếu, part of the same block: who proposes to whom, or whose roll it is. */
    static final String P_TITLE_NOTE = "titleNote";
    /** The ward summary's chart, a PNG image as bytes. */
    static final String P_CHART_PNG = "chartPng";
    /** "GIẤY CHỨNG NHẬN". */
    static final String P_CERTIFICATE_TITLE = "certificateTitle";
    /** "GHI DANH TẬP THỂ, CÁ NHÂN TIÊU BIỂU …". */
    static final String P_CERTIFICATE_SUBTITLE = "certificateSubtitle";
    /** "Đảng ủy phường Duyên Hải chứng nhận". */
    static final String P_CERTIFYING_LINE = "certifyingLine";
    /** "Thành tích:". */
    static final String P_ACHIEVEMENTS_LABEL = "achievementsLabel";

    // ---------------------------------------------------------------- fields: every row of a body

    /** The body block a row belongs to (Integer): a table repeats its column headers per block. */
    static final String F_BLOCK = "block";
    /** The table of a table row ({@code ENTRIES}, {@code PROPOSALS}, {@code CELLS}), "" for a paragraph. */
    static final String F_TABLE = "table";
    /** The style of a paragraph (the {@code S_*} values), "" for a table row. */
    static final String F_STYLE = "style";
    /** The kind group of a proposal row ("I. MÔ HÌNH MỚI, CÁCH LÀM HIỆU QUẢ"), "" otherwise. */
    static final String F_GROUP_LABEL = "groupLabel";
    /** A paragraph's text in JasperReports' styled markup (escaped; bold where the document says so). */
    static final String F_TEXT = "text";

    // ---------------------------------------------------------------- fields: certificates

    /** The honouree's name. */
    static final String F_HONOUREE_NAME = "honoureeName";
    /** "Đơn vị: …", or "" when the honouree has no unit. */
    static final String F_UNIT_LINE = "unitLine";
    /** "Được ghi danh vào Sổ ghi danh cấp …, 6 tháng đầu năm 2022.". */
    static final String F_RECORDED_LINE = "recordedLine";
    /** The achievements, one "- description" per line. */
    static final String F_ACHIEVEMENTS = "achievements";
    /** "Số ghi danh: 5". */
    static final String F_ENTRY_LINE = "entryLine";

    // ---------------------------------------------------------------- paragraph styles (values of F_STYLE)

    static final String S_BODY = "body";
    static final String S_HEADING = "heading";
    static final String S_PLAIN = "plain";
    /** The first line after "Kính gửi:" (the addressee). */
    static final String S_ADDRESSEE = "addressee";
    /** Further addressees, indented under the first. */
    static final String S_ADDRESSEE_CONTINUED = "addresseeContinued";
    /** The ward summary's chart heading (the chart itself is {@link #P_CHART_PNG}). */
    static final String S_CHART = "chart";
    /** An empty line. */
    static final String S_EMPTY = "empty";

    /** The parameters every document gives its template. */
    static final List<String> COMMON_PARAMETERS = List.of(P_SUPERIOR_BODY, P_ISSUING_BODY, P_NATIONAL_HEADING, P_MOTTO,
            P_NUMBER_LINE, P_PLACE_AND_DATE, P_DISTRIBUTION_LABEL, P_DISTRIBUTION, P_SIGNING_AUTHORITY, P_SIGNER_TITLE,
            P_SIGNER_NAME, P_PAGE_LABEL, P_ORGANISATION_KIND);
    /** The fields of every row of every document. */
    static final List<String> ROW_FIELDS = List.of(F_BLOCK, F_TABLE, F_STYLE, F_GROUP_LABEL, F_TEXT);
    /** The further fields of a certificate's row. */
    static final List<String> CERTIFICATE_FIELDS = List.of(F_HONOUREE_NAME, F_UNIT_LINE, F_RECORDED_LINE, F_ACHIEVEMENTS,
            F_ENTRY_LINE);

    private TemplateNames() {
    }

    /** The parameters {@code type} gives its template besides {@link #COMMON_PARAMETERS} and the column headers. */
    static List<String> documentParameters(DocumentType type) {
        return switch (type) {
            case LETTER -> List.of(P_SUBJECT_LINE);
            case CELL_REPORT -> List.of(P_TITLE, P_SUBTITLE);
            case PROPOSAL_LIST, HONOUR_ROLL -> List.of(P_TITLE, P_SUBTITLE, P_TITLE_NOTE);
            case WARD_SUMMARY -> List.of(P_TITLE, P_SUBTITLE, P_CHART_PNG);
            case CERTIFICATES -> List.of(P_CERTIFICATE_TITLE, P_CERTIFICATE_SUBTITLE, P_CERTIFYING_LINE, P_ACHIEVEMENTS_LABEL);
        };
    }

    /**
     * The tables whose columns a row of {@code type} can print in a host's template: those of its
     * layout, and for certificates (one row per honour-roll entry) the entries table.
     */
    static List<Table> rowTables(DocumentType type) {
        return type == DocumentType.CERTIFICATES ? List.of(Table.ENTRIES) : type.tables();
    }

    /**
     * The field names a template of {@code type} may declare: every row field, every certificate field
     * (null outside certificates) and a field per available column of its row tables.
     */
    static Set<String> knownFields(DocumentType type) {
        Set<String> s = new LinkedHashSet<>(ROW_FIELDS);
        s.addAll(CERTIFICATE_FIELDS);
        for (Table t : rowTables(type)) {
            t.availableColumns().forEach(c -> s.add(columnField(t.name(), c)));
        }
        return s;
    }

    /**
     * The parameter names a template of {@code type} may declare: those of every document (the
     * library's own layouts declare them all; those another document fills are null here) and a header
     * per available column of its row tables.
     */
    static Set<String> knownParameters(DocumentType type) {
        Set<String> s = new LinkedHashSet<>(COMMON_PARAMETERS);
        for (DocumentType t : DocumentType.values()) {
            s.addAll(documentParameters(t));
        }
        for (Table t : rowTables(type)) {
            t.availableColumns().forEach(c -> s.add(columnHeader(t.name(), c)));
        }
        return s;
    }

    /** The field of a table column: {@code ENTRIES_name}, the printed value of column {@code name} of table ENTRIES. */
    static String columnField(String table, String column) {
        return table + "_" + column;
    }

    /** The parameter of a column's header label: {@code ENTRIES_name_header}. */
    static String columnHeader(String table, String column) {
        return table + "_" + column + "_header";
    }
}
