package io.github.ghidanh.interchange.spreadsheet;

import java.util.List;

/**
 * The columns recognised in a nominee spreadsheet, with the header wordings that name them
 * (matched ignoring case, accents, spaces and punctuation; docs/json-format.md lists them).
 */
enum Column {
    STT("STT", "Số thứ tự", "TT"),
    ID("Mã", "Mã số", "Mã đối tượng"),
    KIND("Loại", "Loại đối tượng", "Hình thức"),
    NAME("Họ và tên", "Họ tên", "Tên", "Tên tập thể, mô hình", "Họ và tên / Tên tập thể, mô hình", "Tên đối tượng",
            "Tên mô hình, tập thể, cá nhân"),
    YEAR_OF_BIRTH("Năm sinh"),
    SEX("Giới tính"),
    ETHNICITY("Dân tộc"),
    CITIZEN_ID("Số định danh cá nhân", "Số CCCD", "Căn cước", "Căn cước công dân", "CCCD"),
    POSITION("Chức vụ", "Chức danh"),
    UNIT("Đơn vị", "Đơn vị công tác", "Cơ quan, đơn vị", "Nơi công tác", "Địa chỉ"),
    CELL("Chi bộ", "Mã chi bộ"),
    CATEGORIES("Đối tượng", "Thành phần"),
    KEY_LEADER("Lãnh đạo chủ chốt", "Cán bộ lãnh đạo chủ chốt"),
    HEAD("Người đứng đầu"),
    EXEMPLARY("Tiêu biểu, gương mẫu", "Gương mẫu"),
    PROPOSED_BY_AGENCY("Cơ quan đề xuất", "Do cơ quan, đơn vị đề xuất"),
    RATING("Xếp loại", "Kết quả xếp loại", "Xếp loại đánh giá", "Mức xếp loại"),
    SCORE("Điểm", "Điểm đánh giá"),
    RESULTS("Thành tích", "Tóm tắt thành tích", "Kết quả cụ thể", "Thành tích nổi bật"),
    ACHIEVEMENT_TYPES("Loại thành tích"),
    FIELD("Lĩnh vực"),
    CONTENT("Nội dung mô hình", "Nội dung"),
    MODEL_RESULTS("Kết quả của mô hình", "Kết quả mô hình", "Kết quả đạt được"),
    NOVELTY("Điểm mới", "Nét mới"),
    CHANGE("Đổi mới so với trước", "Thay đổi so với kỳ trước"),
    EFFECT("Tác động"),
    SPREAD("Lan tỏa", "Sức lan tỏa"),
    MEETING_DATE("Ngày họp", "Ngày họp chi bộ", "Ngày hội nghị"),
    MEETING("Hội nghị", "Cuộc họp"),
    VOTES_FOR("Số phiếu đồng ý", "Số phiếu tán thành", "Phiếu đồng ý"),
    VOTES_TOTAL("Tổng số phiếu", "Số người biểu quyết"),
    NOTE("Ghi chú"),
    // the honour roll's own columns (its XLSX is read back): known, so not reported as unknown, and ignored,
    // since an entry's number, date, level and decision are the receiving roll's to give
    ENTRY_NUMBER("Số ghi danh"),
    ENTRY_DATE("Ngày ghi danh"),
    LEVEL("Cấp ghi danh", "Cấp đề nghị"),
    DECISION("Quyết định, nghị quyết công nhận"),
    RECORDED_BY("Người ghi"),
    ERROR("Lỗi");

    private final List<String> headers;

    Column(String... headers) {
        this.headers = List.of(headers);
    }

    /** The canonical header, as written in rejected-row files and documented. */
    String header() {
        return headers.get(0);
    }

    List<String> headers() {
        return headers;
    }

    static Column match(String header) {
        String k = Fold.key(header);
        if (k.isEmpty()) {
            return null;
        }
        for (Column c : values()) {
            for (String h : c.headers) {
                if (Fold.key(h).equals(k)) {
                    return c;
                }
            }
        }
        return null;
    }
}
