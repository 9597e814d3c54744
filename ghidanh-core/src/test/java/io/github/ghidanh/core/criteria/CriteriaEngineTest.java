package io.github.ghidanh.core.criteria;

import static io.github.ghidanh.core.criteria.Nominees.EVALUATION_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each clause of the default profile: a nominee that breaks it with its exact messages (written by hand), and one that passes. */
class CriteriaEngineTest {
    private final CriteriaEngine engine = CriteriaEngine.create();
    private final CriteriaProfile profile = CriteriaProfile.defaultProfile();

    private Decision evaluate(Nominee n) {
        return engine.evaluate(n, profile, null, EVALUATION_DATE);
    }

    private static void assertSingle(Decision d, String clause, String key, String vi, String en) {
        assertThat(d.eligible()).isFalse();
        assertThat(d.reasons()).hasSize(1);
        Reason r = d.reasons().get(0);
        assertThat(r.clauseId()).isEqualTo(clause);
        assertThat(r.messageKey()).isEqualTo(key);
        assertThat(r.messageVi()).isEqualTo(vi);
        assertThat(r.messageEn()).isEqualTo(en);
        assertThat(r.message(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        assertThat(r.message(Locale.ENGLISH)).isEqualTo(en);
    }

    @Test
    void theFixturesAreEligible() {
        for (Nominee n : List.of(Nominees.model(), Nominees.collective(), Nominees.partyMember(), Nominees.agencyHead(),
                Nominees.citizen())) {
            Decision d = evaluate(n);
            assertThat(d.reasons()).as(n.id()).isEmpty();
            assertThat(d.eligible()).isTrue();
            assertThat(d.nomineeId()).isEqualTo(n.id());
            assertThat(d.profileId()).isEqualTo("lao-cai-duyen-hai-2022-h1");
        }
    }

    @Test
    void defaultProfileHasTheLettersRulesInOrder() {
        assertThat(profile.id()).isEqualTo("lao-cai-duyen-hai-2022-h1");
        assertThat(profile.rules()).extracting(Rule::clauseId).containsExactly("CV-1.a", "CV-1.b", "CV-1.c", "CV-1.d",
                "CV-1.e", "CV-1.e", "CV-1.e.party", "CV-2");
        assertThat(profile.partyMemberThreshold()).isEqualTo(Rating.HTXSNV);
    }

    // ---- CV-1.a

    @Test
    void cv1a_individualWithoutCategory() {
        Decision d = evaluate(Nominees.citizen().toBuilder().categories(List.of()).build());
        assertSingle(d, "CV-1.a", "io.github.ghidanh.cv_1_a.category.required",
                "Cá nhân đề nghị ghi danh phải thuộc ít nhất một đối tượng: cán bộ, đảng viên, công chức, viên chức, chiến sĩ lực lượng vũ trang hoặc Nhân dân (CV-1.a)",
                "An individual nominee must belong to at least one subject category: cadre, party member, civil servant, public employee, armed forces soldier or citizen (CV-1.a)");
    }

    // ---- CV-1.b

    @Test
    void cv1b_noAchievement() {
        Decision d = evaluate(Nominees.collective().toBuilder().achievements(List.of()).build());
        assertSingle(d, "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.required",
                "Phải có ít nhất 1 thành tích, việc làm cụ thể, hiện có 0 (CV-1.b)",
                "At least 1 concrete achievement(s) required, 0 given (CV-1.b)");
        assertThat(d.reasons().get(0).values()).isEqualTo(Map.of("min", 1, "count", 0));
    }

    @Test
    void cv1b_achievementWithoutDescription() {
        Decision d = evaluate(Nominees.model().toBuilder()
                .achievement(Achievement.of(AchievementType.DEDICATION, "  ")).build());
        assertSingle(d, "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.description",
                "Mỗi thành tích phải được mô tả cụ thể; 1 thành tích chưa có mô tả (CV-1.b)",
                "Every achievement must be described concretely; 1 achievement(s) have no description (CV-1.b)");
    }

    @Test
    void cv1b_otherAchievementWithoutTypeName() {
        Decision d = evaluate(Nominees.partyMember().toBuilder()
                .achievements(List.of(Achievement.other(null, "Dạy bơi miễn phí cho 30 trẻ em"))).build());
        assertSingle(d, "CV-1.b", "io.github.ghidanh.cv_1_b.achievement.other_type",
                "Thành tích thuộc loại \"Khác\" phải ghi rõ tên loại thành tích; 1 thành tích chưa ghi (CV-1.b)",
                "An achievement of type \"Other\" must name its type; 1 achievement(s) do not (CV-1.b)");
    }

    @Test
    void cv1b_otherAchievementWithTypeNamePasses() {
        assertThat(evaluate(Nominees.partyMember().toBuilder()
                .achievements(List.of(Achievement.other("Dạy bơi", "Dạy bơi miễn phí cho 30 trẻ em"))).build()).eligible())
                .isTrue();
    }

    // ---- CV-1.c

    @Test
    void cv1c_modelWithoutContent() {
        assertSingle(evaluate(Nominees.model().toBuilder().content(null).build()), "CV-1.c",
                "io.github.ghidanh.cv_1_c.content.required", "Mô hình phải có nội dung cụ thể (CV-1.c)",
                "A model must describe its concrete content (CV-1.c)");
    }

    @Test
    void cv1c_modelWithoutNovelty() {
        assertSingle(evaluate(Nominees.model().toBuilder().novelty("").build()), "CV-1.c",
                "io.github.ghidanh.cv_1_c.novelty.required", "Mô hình phải nêu rõ nét đổi mới (CV-1.c)",
                "A model must state clearly what is new (CV-1.c)");
    }

    @Test
    void cv1c_modelWithoutField() {
        assertSingle(evaluate(Nominees.model().toBuilder().field(null).build()), "CV-1.c",
                "io.github.ghidanh.cv_1_c.field.required", "Mô hình phải ghi lĩnh vực (CV-1.c)",
                "A model must have a field (CV-1.c)");
    }

    @Test
    void cv1c_modelInOtherFieldWithoutName() {
        assertSingle(evaluate(Nominees.model().toBuilder().field(ModelField.OTHER).build()), "CV-1.c",
                "io.github.ghidanh.cv_1_c.field.other_name",
                "Mô hình thuộc lĩnh vực \"Khác\" phải ghi rõ tên lĩnh vực (CV-1.c)",
                "A model in the field \"Other\" must name its field (CV-1.c)");
        assertThat(evaluate(Nominees.model().toBuilder().field(ModelField.OTHER).otherField("Giáo dục").build()).eligible())
                .isTrue();
    }

    // ---- CV-1.d

    @Test
    void cv1d_collectiveWithoutChange() {
        assertSingle(evaluate(Nominees.collective().toBuilder().changeVsPrevious(null).build()), "CV-1.d",
                "io.github.ghidanh.cv_1_d.change.required",
                "Tập thể phải nêu rõ sự đổi mới, sáng tạo, đột phá so với thời gian trước (CV-1.d)",
                "A collective must state its innovation, creativity or breakthrough compared with the previous period (CV-1.d)");
    }

    @Test
    void cv1d_collectiveWithoutEffect() {
        assertSingle(evaluate(Nominees.collective().toBuilder().effect(" ").build()), "CV-1.d",
                "io.github.ghidanh.cv_1_d.effect.required",
                "Tập thể phải nêu rõ tác động tích cực đến việc tu dưỡng, rèn luyện đạo đức của cán bộ, đảng viên và Nhân dân (CV-1.d)",
                "A collective must state its positive effect on the moral training of cadres, party members and the people (CV-1.d)");
    }

    @Test
    void cv1d_collectiveWithoutSpread() {
        assertSingle(evaluate(Nominees.collective().toBuilder().spread("\u200B\u00A0").build()), "CV-1.d",
                "io.github.ghidanh.cv_1_d.spread.required",
                "Tập thể phải nêu rõ sự lan tỏa trong cơ quan, đơn vị (CV-1.d)",
                "A collective must state how its example spread within the agency or unit (CV-1.d)");
    }

    // ---- CV-1.e

    @Test
    void cv1e_individualWithoutResults() {
        assertSingle(evaluate(Nominees.citizen().toBuilder().results(null).build()), "CV-1.e",
                "io.github.ghidanh.cv_1_e.results.required",
                "Cá nhân phải có kết quả cụ thể về học tập, lao động, công tác (CV-1.e)",
                "An individual must show concrete results in study, work and duties (CV-1.e)");
    }

    @Test
    void cv1e_individualWithoutRecognition() {
        assertSingle(evaluate(Nominees.citizen().toBuilder().recognition(null).build()), "CV-1.e",
                "io.github.ghidanh.cv_1_e.recognition.required",
                "Cá nhân phải được tập thể thừa nhận: ghi ngày họp và kết quả biểu quyết (CV-1.e)",
                "An individual must be recognised by the collective: give the meeting date and the vote (CV-1.e)");
    }

    @Test
    void cv1e_recognitionWithoutMeetingDate() {
        assertSingle(evaluate(Nominees.citizen().toBuilder().recognition(new Recognition(null, "Họp tổ", 9, 10)).build()),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.meeting_date",
                "Phải ghi ngày họp tập thể thừa nhận cá nhân (CV-1.e)",
                "The date of the meeting that recognised the individual is required (CV-1.e)");
    }

    @Test
    void cv1e_meetingAfterEvaluationDate() {
        Decision d = evaluate(Nominees.citizen().toBuilder()
                .recognition(new Recognition(LocalDate.of(2022, 6, 6), "Họp tổ", 9, 10)).build());
        assertSingle(d, "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.meeting_after_evaluation",
                "Ngày họp thừa nhận 06/06/2022 sau ngày đánh giá 05/06/2022 (CV-1.e)",
                "The recognition meeting date 06/06/2022 is after the evaluation date 05/06/2022 (CV-1.e)");
        // the evaluation date itself is allowed
        assertThat(evaluate(Nominees.citizen().toBuilder()
                .recognition(new Recognition(EVALUATION_DATE, "Họp tổ", 9, 10)).build()).eligible()).isTrue();
    }

    @Test
    void cv1e_recognitionWithoutVote() {
        assertSingle(evaluate(Nominees.citizen().toBuilder()
                        .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", null, 10)).build()),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.vote",
                "Phải ghi kết quả biểu quyết của tập thể: số phiếu đồng ý và tổng số người biểu quyết (CV-1.e)",
                "The collective's vote is required: votes in favour and the number voting (CV-1.e)");
    }

    @Test
    void cv1e_voteWithMoreInFavourThanVoting() {
        assertSingle(evaluate(Nominees.citizen().toBuilder()
                        .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 11, 10)).build()),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.vote_invalid",
                "Kết quả biểu quyết không hợp lệ: 11 phiếu đồng ý trên 10 người biểu quyết (CV-1.e)",
                "The vote is invalid: 11 in favour out of 10 voting (CV-1.e)");
    }

    @Test
    void cv1e_exactlyHalfIsNotAMajority() {
        assertSingle(evaluate(Nominees.citizen().toBuilder()
                        .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 5, 10)).build()),
                "CV-1.e", "io.github.ghidanh.cv_1_e.recognition.majority",
                "Cá nhân chưa được tập thể thừa nhận: 5/10 phiếu đồng ý, cần trên 50% (CV-1.e)",
                "The individual is not recognised by the collective: 5 of 10 votes in favour, more than 50% needed (CV-1.e)");
        assertThat(evaluate(Nominees.citizen().toBuilder()
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp tổ", 6, 10)).build()).eligible()).isTrue();
    }

    // ---- CV-1.e.party

    @Test
    void cv1eParty_partyMemberRatedBelowThreshold() {
        Decision d = evaluate(Nominees.partyMember().toBuilder().rating(Rating.HTTNV).build());
        assertSingle(d, "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating",
                "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng được xếp loại hoàn thành tốt nhiệm vụ (CV-1.e.party)",
                "A party member proposed for the honour roll must be rated Completed duties excellently or better, but is rated Completed duties well (CV-1.e.party)");
        assertThat(d.reasons().get(0).values()).containsExactly(Map.entry("rating", Rating.HTTNV),
                Map.entry("threshold", Rating.HTXSNV));
    }

    @Test
    void cv1eParty_partyMemberWithoutRating() {
        assertSingle(evaluate(Nominees.partyMember().toBuilder().assessment(null).build()), "CV-1.e.party",
                "io.github.ghidanh.cv_1_e.party.rating.missing",
                "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng chưa được xếp loại (CV-1.e.party)",
                "A party member proposed for the honour roll must be rated Completed duties excellently or better, but has no rating (CV-1.e.party)");
    }

    /** The letter evaluates "6 tháng đầu năm 2022": the rating must be the latest annual one, for 2021. */
    @Test
    void cv1eParty_aRatingOfAnotherYearFails() {
        Decision d = evaluate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, null, 2019)).build());
        assertSingle(d, "CV-1.e.party", "io.github.ghidanh.cv_1_e.party.rating.year",
                "Đảng viên đề nghị ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ là của năm 2019 (CV-1.e.party)",
                "A party member proposed for the honour roll must have the rating for 2021, but the rating Completed duties excellently is for 2019 (CV-1.e.party)");
        assertThat(d.reasons().get(0).values()).containsExactly(Map.entry("rating", Rating.HTXSNV),
                Map.entry("year", 2019), Map.entry("expectedYear", 2021));
        assertThat(evaluate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, null, 2021)).build())
                .eligible()).isTrue();
        assertThat(evaluate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, null, 2022)).build())
                .cites("CV-1.e.party")).isTrue();
    }

    @Test
    void cv1eParty_theRatingYearIsAProfileParameter() {
        // a host whose annual rating is done by June: in June 2022 the rating of 2022 is the latest
        CriteriaProfile sameYear = CriteriaProfile.defaultProfile().toBuilder("same-year")
                .parameter(RuleType.PARTY_MEMBER_RATING, "annualReviewMonth", 6)
                .parameter(RuleType.PARTY_MEMBER_RATING, "requireRatingYear", true).build();
        CriteriaEngine engine = CriteriaEngine.create();
        assertThat(engine.evaluate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, null, 2022))
                .build(), sameYear, null, Nominees.EVALUATION_DATE).eligible()).isTrue();
        assertThat(engine.evaluate(Nominees.partyMember().toBuilder().rating(Rating.HTXSNV).build(), sameYear, null,
                Nominees.EVALUATION_DATE).reasons()).extracting(Reason::messageKey)
                .containsExactly("io.github.ghidanh.cv_1_e.party.rating.year_missing");
        // the default profile does not reject a rating without its year (older records lack it)
        assertThat(evaluate(Nominees.partyMember().toBuilder().rating(Rating.HTXSNV).build()).eligible()).isTrue();
        // a rating below the threshold and of another year: both reasons
        assertThat(evaluate(Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTTNV, null, 2020)).build())
                .reasons()).extracting(Reason::messageKey).containsExactly("io.github.ghidanh.cv_1_e.party.rating",
                        "io.github.ghidanh.cv_1_e.party.rating.year");
    }

    /** A year-end campaign (evaluated in December) wants the rating of its own year, done at the year-end review. */
    @Test
    void cv1eParty_inDecemberTheRatingOfTheYearIsTheLatest() {
        CriteriaEngine engine = CriteriaEngine.create();
        CriteriaProfile p = CriteriaProfile.defaultProfile();
        Nominee rated2025 = Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 93, 2025)).build();
        assertThat(engine.evaluate(rated2025, p, null, LocalDate.of(2025, 12, 10)).eligible()).isTrue();
        assertThat(engine.evaluate(rated2025, p, null, LocalDate.of(2025, 11, 30)).reasons()).extracting(Reason::messageKey)
                .containsExactly("io.github.ghidanh.cv_1_e.party.rating.year");
        assertThat(engine.evaluate(rated2025, p, null, LocalDate.of(2026, 6, 5)).eligible()).isTrue();
    }

    @Test
    void cv2_aRatingOfAnotherYearFails() {
        assertSingle(evaluate(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.CONG_CHUC))
                        .assessment(new Assessment(Rating.HTXSNV, null, 2019)).build()), "CV-2",
                "io.github.ghidanh.cv_2.rating.year",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải có xếp loại của năm 2021, nhưng xếp loại hoàn thành xuất sắc nhiệm vụ là của năm 2019 (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must have the rating for 2021, but the rating Completed duties excellently is for 2019 (CV-2)");
    }

    @Test
    void cv1eParty_doesNotApplyToOtherCategories() {
        assertThat(evaluate(Nominees.citizen().toBuilder().rating(Rating.HTNV).build()).eligible()).isTrue();
    }

    // ---- CV-2

    @Test
    void cv2_agencyProposedCivilServantNotExemplary() {
        assertSingle(evaluate(Nominees.agencyHead().toBuilder().exemplary(false).build()), "CV-2",
                "io.github.ghidanh.cv_2.exemplary",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải thật sự tiêu biểu, gương mẫu (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be truly typical and exemplary (CV-2)");
    }

    @Test
    void cv2_agencyProposedCivilServantRatedWell() {
        // not a party member, so only CV-2 applies
        Decision d = evaluate(Nominees.agencyHead().toBuilder()
                .categories(List.of(SubjectCategory.CONG_CHUC)).rating(Rating.HTTNV).build());
        assertSingle(d, "CV-2", "io.github.ghidanh.cv_2.rating",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng được xếp loại hoàn thành tốt nhiệm vụ (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be rated Completed duties excellently or better, but is rated Completed duties well (CV-2)");
    }

    @Test
    void cv2_agencyProposedCivilServantWithoutRating() {
        Decision d = evaluate(Nominees.agencyHead().toBuilder()
                .categories(List.of(SubjectCategory.CONG_CHUC)).assessment(null).build());
        assertSingle(d, "CV-2", "io.github.ghidanh.cv_2.rating.missing",
                "Người đứng đầu, cán bộ, công chức do cơ quan, đơn vị đề xuất ghi danh phải được xếp loại từ hoàn thành xuất sắc nhiệm vụ trở lên, nhưng chưa được xếp loại (CV-2)",
                "A head, cadre or civil servant proposed by an agency or unit must be rated Completed duties excellently or better, but has no rating (CV-2)");
    }

    @Test
    void cv2_partyMemberHeadRatedWellCitesBothClausesInProfileOrder() {
        Decision d = evaluate(Nominees.agencyHead().toBuilder().rating(Rating.HTTNV).exemplary(false).build());
        assertThat(d.reasons()).extracting(Reason::messageKey).containsExactly(
                "io.github.ghidanh.cv_1_e.party.rating", "io.github.ghidanh.cv_2.rating", "io.github.ghidanh.cv_2.exemplary");
        assertThat(d.cites("CV-1.e.party")).isTrue();
        assertThat(d.cites("CV-2")).isTrue();
        assertThat(d.cites("CV-1.b")).isFalse();
    }

    @Test
    void cv2_doesNotApplyWhenProposedByACellOrToAPublicEmployee() {
        assertThat(evaluate(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.CONG_CHUC))
                .proposedByAgency(false).exemplary(false).rating(Rating.HTNV).build()).eligible()).isTrue();
        assertThat(evaluate(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.VIEN_CHUC)).head(false)
                .exemplary(false).rating(Rating.HTNV).build()).eligible()).isTrue();
        // a key leader is concerned whatever the category
        assertThat(evaluate(Nominees.agencyHead().toBuilder().categories(List.of(SubjectCategory.VIEN_CHUC)).head(false)
                .keyLeader(true).exemplary(false).build()).cites("CV-2")).isTrue();
    }

    // ---- whole decisions

    @Test
    void everyReasonOfAnEmptyIndividualInRuleOrder() {
        Nominee n = io.github.ghidanh.core.model.IndividualNominee.builder("x", "cb").category(SubjectCategory.DANG_VIEN)
                .build();
        assertThat(evaluate(n).reasons()).extracting(Reason::messageKey).containsExactly(
                "io.github.ghidanh.cv_1_b.achievement.required",
                "io.github.ghidanh.cv_1_e.results.required",
                "io.github.ghidanh.cv_1_e.recognition.required",
                "io.github.ghidanh.cv_1_e.party.rating.missing");
    }

    @Test
    void reasonsDoNotDependOnTheOrderOfAchievements() {
        Achievement a = Achievement.of(AchievementType.DEDICATION, "");
        Achievement b = Achievement.other("", "Dạy bơi");
        Achievement c = Achievement.of(AchievementType.BLOOD_DONATION, "Hiến máu 3 lần");
        Decision d1 = evaluate(Nominees.collective().toBuilder().achievements(List.of(a, b, c)).build());
        Decision d2 = evaluate(Nominees.collective().toBuilder().achievements(List.of(c, b, a)).build());
        assertThat(d1).isEqualTo(d2);
        assertThat(d1.reasons()).hasSize(2);
    }

    @Test
    void scoreIsNotTheEnginesConcernTheRatingIs() {
        // a rating with a score outside its band is a validation problem (field rule), not a clause reason
        Nominee n = Nominees.partyMember().toBuilder().assessment(new Assessment(Rating.HTXSNV, 75, 2021)).build();
        assertThat(evaluate(n).eligible()).isTrue();
    }

    @Test
    void sameDecisionsFromSeveralThreadsAsFromOne() throws Exception {
        List<Nominee> all = new java.util.ArrayList<>();
        for (ClauseCases.Case c : ClauseCases.all()) {
            all.add(c.nominee());
        }
        all.addAll(List.of(Nominees.model(), Nominees.collective(), Nominees.partyMember(), Nominees.citizen()));
        List<Decision> expected = all.stream().map(this::evaluate).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Decision>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<Decision> out = new java.util.ArrayList<>();
                    for (int rep = 0; rep < 200; rep++) {
                        out = all.stream().map(this::evaluate).toList();
                    }
                    return out;
                }));
            }
            for (var f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingArgumentsAreDocumentedExceptions() {
        assertThatThrownBy(() -> engine.evaluate(null, profile, null, EVALUATION_DATE))
                .isInstanceOf(CriteriaException.class)
                .hasMessage("Không thể đánh giá: thiếu mô hình, tập thể hoặc cá nhân đề nghị ghi danh (nominee). / Cannot evaluate: the nominee is missing.");
        assertThatThrownBy(() -> engine.evaluate(Nominees.model(), null, null, EVALUATION_DATE))
                .isInstanceOf(CriteriaException.class);
        assertThatThrownBy(() -> engine.evaluate(Nominees.model(), profile, null, null))
                .isInstanceOf(CriteriaException.class);
    }
}
