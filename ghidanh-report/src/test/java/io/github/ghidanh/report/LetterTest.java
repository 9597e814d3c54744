package io.github.ghidanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The directive letter rendered from the demo campaign carries, in order, every part of the source
 * letter (the letter of the Party Committee of Duyên Hải ward, 31/5/2022). Each expected fragment is
 * transcribed by hand from the source letter; where the source has a typo the sample corrects (the
 * place "Duỳn" → "Duyên", "chính trang" → "chỉnh trang", "06-HĐ/TU" → "06-HD/TU", a missing comma),
 * the fragment stops short of it. Tone placement is compared canonically ("uỷ" = "ủy").
 */
class LetterTest {

    static final List<String> HEADER = List.of("ĐẢNG BỘ THÀNH PHỐ LÀO CAI", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "ĐẢNG ỦY PHƯỜNG DUYÊN HẢI", "*");

    static final List<String> IN_ORDER = List.of(
            "Số -CV/ĐU",
            "Duyên Hải, ngày 31 tháng 5 năm 2022",
            "V/v đánh giá kết quả, đề nghị ghi danh tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, "
                    + "đạo đức, phong cách Chủ tịch Hồ Chí Minh 6 tháng đầu năm 2022",
            "Kính gửi: - Thường trực HĐND, UBND, MTTQ, các đoàn thể;",
            "- Các chi bộ trực thuộc.",
            "Thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của Tỉnh ủy Lào Cai",
            "ngày 08/3/2022 của Thành ủy Lào Cai về việc hướng dẫn thực hiện Quy định 368-QĐ/TU ngày 17/01/2022 của "
                    + "Tỉnh ủy Lào Cai về học tập, làm theo và nêu gương theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên "
                    + "địa bàn thành phố Lào Cai. Tháng 3/2022 Đảng ủy phường đã tổ chức quán triệt, phổ biến quy định của "
                    + "Tỉnh ủy và hướng dẫn của Thành ủy đến các cơ quan, đơn vị, chi bộ trực thuộc. Để đánh giá kết quả "
                    + "thực hiện đồng thời biểu dương, ghi danh các tập thể, cá nhân tiêu biểu trong học tập và làm theo "
                    + "Bác. Đảng ủy yêu cầu:",
            "1. Các chi bộ trực thuộc thực hiện nghiêm túc quy trình đánh giá, ghi danh theo Hướng dẫn 06 của Thành ủy. "
                    + "Trong đó bám sát các tiêu chí trong hướng dẫn cụ thể:",
            "- Đối tượng ghi danh: Các mô hình, tập thể và cá nhân là cán bộ, đảng viên, công chức, viên chức, chiến sĩ "
                    + "các lực lượng vũ trang và Nhân dân. Cán bộ lãnh đạo chủ chốt, người đứng đầu các cấp trong học tập, "
                    + "làm theo Bác tại các cơ quan, đơn vị.",
            "- Tiêu chuẩn: Là những mô hình mới, tập thể, cá nhân tiêu biểu cho ý chí phấn đấu, rèn luyện, gương mẫu đi "
                    + "đầu hoặc có việc làm, hành động thiết thực, nhân văn, nhân ái, nghĩa cử cao đẹp, hành động có ích "
                    + "cho xã hội",
            "tận tụy trách nhiệm trong công việc; tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm, dám đương đầu với "
                    + "khó khăn thử thách; sáng kiến cải tiến khoa học kỹ thuật; đổi mới trong công tác; hiến máu cứu "
                    + "người; giúp đỡ người yếu thế; các hoạt động thiện nguyện ý nghĩa vì cuộc sống cộng đồng; hiến đất",
            "- Đối với mô hình mới, cách làm hiệu quả về học tập và làm theo Bác, phải có nội dung cụ thể của mô hình, "
                    + "cách làm rõ nét đổi mới trên tất cả các lĩnh vực, có thể là sáng kiến hay trong công tác, cách làm "
                    + "mang lại hiệu quả cao cho tập thể, những mô hình mới trong",
            "trang đô thị, quản lý đất đai, tài nguyên môi trường, xây dựng nông thôn mới, trong thực hiện nếp sống "
                    + "văn hóa, văn minh...;",
            "- Đối với tập thể điển hình phải có cách làm rõ nét, nổi bật trong học tập và làm theo Bác (phải có đổi mới, "
                    + "sáng tạo, đột phá hơn so với thời gian trước, có tác động tích cực đến việc tu dưỡng, rèn luyện đạo "
                    + "đức của cán bộ, đảng viên và Nhân dân, tạo được sự lan tỏa trong cơ quan, đơn vị",
            "- Đối với cá nhân điển hình tiên tiến có kết quả cụ thể về quá trình học tập, lao động, công tác một cách "
                    + "tự giác, thường xuyên, liên tục, được tập thể thừa nhận, ví dụ các cá nhân luôn chủ động sáng tạo "
                    + "trong công việc, tâm huyết, dám nghĩ, dám làm, dám chịu trách nhiệm và luôn hoàn thành tốt các "
                    + "nhiệm vụ được giao; có hành động nhân văn, nhân ái vì con người và cộng đồng; có cách làm sáng tạo, "
                    + "hiệu quả trong học tập và làm theo Bác tại chi bộ, cơ quan, đơn vị, khu dân cư và được tập thể công "
                    + "nhận thì ghi danh vào sổ ghi danh. Cá nhân là đảng viên ghi danh được đánh giá từ hoàn thành xuất "
                    + "sắc nhiệm vụ trở lên.",
            "2. Đối với các cơ quan, đơn vị trực thuộc đề xuất ghi danh đối với người đứng đầu cơ quan, đơn vị, cán bộ, "
                    + "công chức phải thật sự tiêu biểu, gương mẫu, hoàn thành xuất sắc nhiệm vụ được giao.",
            "3. Các đồng chí UV BCH Đảng bộ chịu trách nhiệm chỉ đạo, hướng dẫn các chi bộ được phân công phụ trách thực "
                    + "hiện nghiêm túc việc đánh giá ghi danh tại chi bộ và đề nghị ghi danh cấp phường.",
            "4. Thời gian: Các chi bộ báo cáo kết quả ghi danh tại chi bộ và đề nghị ghi danh cấp phường về Đảng uỷ "
                    + "trước ngày 10/06/2022 (qua văn phòng cấp uỷ).",
            "Đề nghị các tập thể, cá nhân nghiêm túc thực hiện./.",
            "Nơi nhận:",
            "- Như kính gửi,",
            "- Lưu ĐU.",
            "T/M ĐẢNG ỦY",
            "BÍ THƯ",
            "Bùi Đại Quang");

    /** Canonical tone placement for the comparison: the old style "uỷ" is the same word as "ủy". */
    static String canonical(String s) {
        return s.replace("uỷ", "ủy").replace("Uỷ", "Ủy").replace("uý", "úy").replace("oà", "òa").replace("oá", "óa")
                .replace("oạ", "ọa").replace("oả", "ỏa").replace("oã", "õa");
    }

    @Test
    void theLetterCarriesEveryPartOfTheSourceLetterInOrder() {
        Pdf pdf = new Pdf(Reports.create().render(Demo.letter(), RenderOptions.of(Format.PDF)));
        // the page number that heads page 2 on is not part of the text
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < pdf.pages; i++) {
            String page = Pdf.flat(pdf.pageTexts.get(i));
            pages.append(' ').append(i == 0 ? page : page.substring(page.indexOf(' ') + 1));
        }
        String text = canonical(Pdf.flat(pages.toString()));
        int first = text.indexOf(IN_ORDER.get(0));
        assertThat(first).as("number line").isPositive();
        for (String h : HEADER) {
            int at = text.indexOf(h);
            assertThat(at).as("header part " + h).isBetween(0, first - 1);
        }
        int from = 0;
        for (String part : IN_ORDER) {
            int at = text.indexOf(canonical(part), from);
            assertThat(at).as("part, after the previous one: " + part + "\nin: " + text.substring(from)).isGreaterThanOrEqualTo(from);
            from = at + part.length();
        }
        assertThat(text).doesNotContain("Duỳn");
    }

    @Test
    void theDocxLetterCarriesTheSamePartsInOrder() {
        String text = canonical(Pdf.xmlText(Pdf.zipParts(Reports.create().render(Demo.letter(), RenderOptions.of(Format.DOCX)))
                .get("word/document.xml"), "w:t"));
        // number and date share a row of the Word table; their order within it is the exporter's
        assertThat(text).contains(IN_ORDER.get(0), IN_ORDER.get(1));
        int from = 0;
        int closing = IN_ORDER.indexOf("Đề nghị các tập thể, cá nhân nghiêm túc thực hiện./.");
        for (String part : IN_ORDER.subList(2, IN_ORDER.size())) {
            if (IN_ORDER.indexOf(part) > closing) {
                // "Nơi nhận" and the signature block stand side by side: after the closing, any order
                assertThat(text.indexOf(part, from)).as("part " + part).isGreaterThanOrEqualTo(from);
                continue;
            }
            int at = text.indexOf(canonical(part), from);
            assertThat(at).as("part " + part).isGreaterThanOrEqualTo(from);
            from = at + part.length();
        }
    }
}
