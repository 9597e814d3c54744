package io.github.ghidanh.report;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.view.DocumentContext;
import io.github.ghidanh.core.view.HonourRollView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made views for tests that need their own data. */
final class Views {
    static final io.github.ghidanh.core.model.Campaign CAMPAIGN = io.github.ghidanh.core.model.Campaign
            .builder("c1", "dh").period(io.github.ghidanh.core.model.CampaignPeriod.firstHalf(2022))
            .deadline(io.github.ghidanh.core.model.Deadline.before(LocalDate.of(2022, 6, 10)))
            .issueDate(LocalDate.of(2022, 5, 31)).build();

    private Views() {
    }

    static DocumentContext party() {
        return new DocumentContext(OrganisationKind.PARTY, "ĐẢNG BỘ THÀNH PHỐ LÀO CAI", "ĐẢNG ỦY PHƯỜNG DUYÊN HẢI", "12", "BC",
                "ĐU", "Duyên Hải", LocalDate.of(2023, 2, 5), new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Bùi Đại Quang"),
                List.of("Như trên,", "Lưu ĐU."));
    }

    static DocumentContext state() {
        return new DocumentContext(OrganisationKind.STATE, "UBND THÀNH PHỐ LÀO CAI", "ỦY BAN NHÂN DÂN PHƯỜNG DUYÊN HẢI",
                "156", "QĐ", "UBND", "Duyên Hải", LocalDate.of(2023, 2, 5),
                new Signatory("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"), List.of("Như Điều 3,", "Lưu: VT."));
    }

    /** The state format's register (Sổ ghi danh): a register is not a numbered document, so no "Số:" line. */
    static DocumentContext stateRegister() {
        return new DocumentContext(OrganisationKind.STATE, "UBND THÀNH PHỐ LÀO CAI", "ỦY BAN NHÂN DÂN PHƯỜNG DUYÊN HẢI",
                null, null, null, "Duyên Hải", LocalDate.of(2023, 2, 5),
                new Signatory("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"), List.of("Như trên,", "Lưu: VT."));
    }

    static IndividualNominee person(String id, String name, String achievement) {
        return IndividualNominee.builder(id, "cb1").name(name).yearOfBirth(1980).sex(Sex.FEMALE).position("Tổ trưởng")
                .unit("Tổ dân phố số 1").category(SubjectCategory.DANG_VIEN).rating(Rating.HTXSNV)
                .achievement(Achievement.of(AchievementType.DEDICATION, achievement)).build();
    }

    static HonourRollEntry entry(int no, IndividualNominee n) {
        return new HonourRollEntry(no, "dh", "c1", LocalDate.of(2023, 2, 1), n, "Đảng ủy phường", "Quyết định số 15-QĐ/ĐU",
                null, null, null, null, "Văn phòng", Instant.parse("2023-02-01T00:00:00Z"));
    }

    /** A roll of {@code rows} people named "Người thứ N". */
    static HonourRollView roll(DocumentContext ctx, int rows) {
        List<HonourRollEntry> entries = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            entries.add(entry(i, person("p" + i, "Người thứ " + i, "Thành tích số " + i)));
        }
        return new HonourRollView(ctx, "Đảng ủy phường Duyên Hải", List.of(CAMPAIGN), entries);
    }
}
