package io.github.ghidanh.core.criteria;

import static io.github.ghidanh.core.criteria.Nominees.EVALUATION_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaProfileTest {
    private final CriteriaEngine engine = CriteriaEngine.create();

    private static Path file(String name) {
        try {
            return Path.of(CriteriaProfileTest.class.getResource("/profiles/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hostProfileInCodeWithAnotherThreshold() {
        CriteriaProfile p = CriteriaProfile.defaultProfile().toBuilder("lao-cai-2023")
                .parameter(RuleType.PARTY_MEMBER_RATING, "threshold", Rating.HTTNV)
                .without(RuleType.AGENCY_PROPOSED_EXEMPLARY)
                .build();
        assertThat(p.id()).isEqualTo("lao-cai-2023");
        assertThat(p.partyMemberThreshold()).isEqualTo(Rating.HTTNV);
        assertThat(p.rules()).hasSize(7);
        // HTTNV now passes, HTNV does not, and the message names the host's threshold
        assertThat(engine.evaluate(Nominees.partyMember().toBuilder().rating(Rating.HTTNV).build(), p, null,
                EVALUATION_DATE).eligible()).isTrue();
        Decision d = engine.evaluate(Nominees.partyMember().toBuilder().rating(Rating.HTNV).build(), p, null,
                EVALUATION_DATE);
        assertThat(d.profileId()).isEqualTo("lao-cai-2023");
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.messageVi()).isEqualTo(
                    "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành tốt nhiệm vụ trở lên, nhưng được xếp loại hoàn thành nhiệm vụ (CV-1.e.party)");
            assertThat(r.messageEn()).isEqualTo(
                    "A party member proposed for the honour roll must be rated Completed duties well or better, but is rated Completed duties (CV-1.e.party)");
        });
        // the default profile is untouched
        assertThat(CriteriaProfile.defaultProfile().partyMemberThreshold()).isEqualTo(Rating.HTXSNV);
    }

    @Test
    void hostProfileFromScratchWithTheBuilder() {
        CriteriaProfile p = CriteriaProfile.builder("individuals-only")
                .rule(Rule.builder(RuleType.CONCRETE_ACHIEVEMENT).kinds(NomineeKind.INDIVIDUAL).parameter("min", 2).build())
                .rule(RuleType.PARTY_MEMBER_RATING, Map.of("threshold", "Hoàn thành tốt nhiệm vụ"))
                .build();
        assertThat(p.rules().get(1).parameters()).containsEntry("threshold", Rating.HTTNV);
        // collectives are out of scope of this profile's only achievement rule
        assertThat(engine.evaluate(Nominees.collective().toBuilder().achievements(List.of()).build(), p, null,
                EVALUATION_DATE).eligible()).isTrue();
        assertThat(engine.evaluate(Nominees.citizen(), p, null, EVALUATION_DATE).reasons())
                .extracting(Reason::messageVi)
                .containsExactly("Phải có ít nhất 2 thành tích, việc làm cụ thể, hiện có 1 (CV-1.b)");
    }

    @Test
    void hostProfileFromJson() {
        CriteriaProfile p = CriteriaProfile.fromJson(file("example-province-2023.json"));
        assertThat(p.id()).isEqualTo("example-province-2023");
        assertThat(p.nameVi()).startsWith("Tiêu chí ghi danh năm 2023");
        assertThat(p.rules()).extracting(r -> r.type().id()).containsExactly("subject-category", "concrete-achievement",
                "model-content", "collective-change", "individual-results", "recognition-by-collective",
                "party-member-rating");
        Rule party = p.rules().get(6);
        assertThat(party.categories()).containsExactly(SubjectCategory.DANG_VIEN, SubjectCategory.CONG_CHUC);
        assertThat(party.parameters()).containsEntry("threshold", Rating.HTTNV);
        assertThat(p.rules().get(5).parameters()).containsEntry("approvalAbovePercent", 66).containsEntry("requireVote", true);

        // a civil servant (not a party member) is now held to the threshold too
        var civilServant = Nominees.citizen().toBuilder().categories(List.of(SubjectCategory.CONG_CHUC))
                .achievement(Achievement.of(AchievementType.DEDICATION, "Giải quyết 100% hồ sơ đúng hạn"))
                .rating(Rating.HTNV).build();
        Decision d = engine.evaluate(civilServant, p, null, EVALUATION_DATE);
        assertThat(d.reasons()).extracting(Reason::messageKey).containsExactly("io.github.ghidanh.cv_1_e.party.rating");
        // 2 of 3 votes is 66.7 %, more than 66 %: recognised; 66 of 100 is not
        assertThat(engine.evaluate(civilServant.toBuilder().rating(Rating.HTTNV)
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp", 2, 3)).build(), p, null, EVALUATION_DATE)
                .eligible()).isTrue();
        assertThat(engine.evaluate(civilServant.toBuilder().rating(Rating.HTTNV)
                .recognition(new Recognition(LocalDate.of(2022, 6, 1), "Họp", 66, 100)).build(), p, null, EVALUATION_DATE)
                .reasons()).extracting(Reason::messageVi)
                .containsExactly("Cá nhân chưa được tập thể thừa nhận: 66/100 phiếu đồng ý, cần trên 66% (CV-1.e)");
    }

    @Test
    void jsonRoundTrip() {
        CriteriaProfile def = CriteriaProfile.defaultProfile();
        CriteriaProfile back = CriteriaProfile.fromJson(def.toJson());
        assertThat(back).isEqualTo(def);
        assertThat(back.toJson()).isEqualTo(def.toJson());
        CriteriaProfile host = CriteriaProfile.fromJson(file("example-province-2023.json"));
        assertThat(CriteriaProfile.fromJson(host.toJson())).isEqualTo(host);
    }

    @Test
    void theProfilesPublishedInDocsAreTheDefaultAndTheExample() {
        Path docs = Path.of("..", "docs", "profiles");
        assertThat(CriteriaProfile.fromJson(docs.resolve("lao-cai-duyen-hai-2022-h1.json")))
                .isEqualTo(CriteriaProfile.defaultProfile());
        assertThat(CriteriaProfile.fromJson(docs.resolve("example-province-2023.json")))
                .isEqualTo(CriteriaProfile.fromJson(file("example-province-2023.json")));
    }

    @Test
    void jsonFromStreamAndReader() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/profiles/example-province-2023.json")) {
            assertThat(CriteriaProfile.fromJson(in).id()).isEqualTo("example-province-2023");
        }
        assertThat(CriteriaProfile.fromJson(new java.io.StringReader(CriteriaProfile.defaultProfile().toJson())).id())
                .isEqualTo("lao-cai-duyen-hai-2022-h1");
    }

    private static void assertBad(String file, String code, String vi, String en) {
        assertThatThrownBy(() -> CriteriaProfile.fromJson(file(file)))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.messageVi()).isEqualTo(vi);
                    assertThat(e.messageEn()).isEqualTo(en);
                });
    }

    @Test
    void unknownRuleType() {
        assertBad("bad-unknown-type.json", "profile.rule.type",
                "Hồ sơ tiêu chí \"bad-type\", rules[1].type: loại quy tắc \"party-rating\" không tồn tại; các loại có sẵn: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.",
                "Criteria profile \"bad-type\", rules[1].type: unknown rule type \"party-rating\"; the built-in types are: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.");
    }

    @Test
    void unknownParameter() {
        assertBad("bad-unknown-parameter.json", "profile.parameter.unknown",
                "Hồ sơ tiêu chí \"bad-param\", rules[0].parameters.treshold: quy tắc \"party-member-rating\" không có tham số \"treshold\"; các tham số hợp lệ: threshold, annualReviewMonth, requireRatingYear.",
                "Criteria profile \"bad-param\", rules[0].parameters.treshold: rule type \"party-member-rating\" has no parameter \"treshold\"; valid parameters: threshold, annualReviewMonth, requireRatingYear.");
    }

    @Test
    void invalidParameterValue() {
        assertBad("bad-parameter-value.json", "profile.parameter.invalid",
                "Hồ sơ tiêu chí \"bad-value\", rules[0].parameters.threshold: giá trị \"GIOI\" của tham số \"threshold\" (mức xếp loại tối thiểu) không hợp lệ; cần một mức xếp loại (HTXSNV, HTTNV, HTNV, KHTNV).",
                "Criteria profile \"bad-value\", rules[0].parameters.threshold: the value \"GIOI\" of parameter \"threshold\" (the minimum rating) is invalid; expected a rating level (HTXSNV, HTTNV, HTNV, KHTNV).");
        assertBad("bad-range.json", "profile.parameter.invalid",
                "Hồ sơ tiêu chí \"bad-range\", rules[0].parameters.approvalAbovePercent: giá trị \"150\" của tham số \"approvalAbovePercent\" (tỷ lệ phiếu đồng ý phải vượt quá (%)) không hợp lệ; cần một số nguyên từ 0 đến 99.",
                "Criteria profile \"bad-range\", rules[0].parameters.approvalAbovePercent: the value \"150\" of parameter \"approvalAbovePercent\" (the share of votes in favour must exceed (%)) is invalid; expected an integer from 0 to 99.");
    }

    @Test
    void clauseThatDoesNotMatchTheType() {
        assertBad("bad-clause.json", "profile.rule.clause",
                "Hồ sơ tiêu chí \"bad-clause\", rules[0]: quy tắc \"model-content\" trích dẫn điều khoản CV-1.c, không phải \"CV-1.d\".",
                "Criteria profile \"bad-clause\", rules[0]: rule type \"model-content\" cites clause CV-1.c, not \"CV-1.d\".");
    }

    @Test
    void kindTheTypeCannotApplyTo() {
        assertBad("bad-kind.json", "profile.rule.kinds",
                "Hồ sơ tiêu chí \"bad-kind\", rules[0].kinds: quy tắc \"model-content\" không áp dụng được cho loại INDIVIDUAL; chỉ cho [MODEL].",
                "Criteria profile \"bad-kind\", rules[0].kinds: rule type \"model-content\" cannot apply to kind INDIVIDUAL; only to [MODEL].");
    }

    @Test
    void unknownTopLevelField() {
        assertBad("bad-unknown-field.json", "profile.field.unknown",
                "Hồ sơ tiêu chí \"bad-field\", threshold: trường \"threshold\" không được hỗ trợ; các trường hợp lệ: id, nameEn, nameVi, rules.",
                "Criteria profile \"bad-field\", threshold: field \"threshold\" is not supported; valid fields: id, nameEn, nameVi, rules.");
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> CriteriaProfile.fromJson(file("bad-malformed.json")))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.code()).isEqualTo("profile.json");
                    assertThat(e.messageVi()).startsWith("Hồ sơ tiêu chí ").endsWith(
                            "bad-malformed.json không phải JSON hợp lệ (dòng 3, cột 1): tệp kết thúc khi còn dấu [ hoặc { chưa đóng (tệp có bị cắt mất phần cuối không?).");
                    assertThat(e.messageEn()).startsWith("The criteria profile ").endsWith(
                            "bad-malformed.json is not valid JSON (line 3, column 1): the file ends before every [ and { is closed (is it cut short?).");
                });
    }

    @Test
    void syntaxErrorsAreToldInOurWordsNeverTheParsers() {
        assertThatThrownBy(() -> CriteriaProfile.fromJson("{\"id\": x}"))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.messageVi()).endsWith("(dòng 1, cột 8): \"x\" không được đứng ở chỗ này.");
                    assertThat(e.messageEn()).endsWith("(line 1, column 8): \"x\" cannot stand here.");
                });
        for (String broken : new String[] {"{\"id\": \"a\",", "[1, 2", "{\"id\" \"a\"}", "{\"id\": tru}", "{\"id\": 01}", "\u0000"}) {
            assertThatThrownBy(() -> CriteriaProfile.fromJson(broken)).as(broken)
                    .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.messageEn() + e.messageVi())
                            .doesNotContainIgnoringCase("unexpected").doesNotContainIgnoringCase("jackson")
                            .doesNotContain("marker").doesNotContain("token").doesNotContain("Source"));
        }
    }

    @Test
    void badIdAndEmptyProfile() {
        assertBad("bad-id.json", "profile.id",
                "Hồ sơ tiêu chí, id: mã hồ sơ \"no rules\" không hợp lệ; cần 1–100 ký tự chữ Latin không dấu, số, '.', '_' hoặc '-'.",
                "Criteria profile, id: the profile id \"no rules\" is invalid; use 1–100 ASCII letters, digits, '.', '_' or '-'.");
        assertBad("bad-empty.json", "profile.rules.empty",
                "Hồ sơ tiêu chí \"empty\", rules: hồ sơ phải có ít nhất một quy tắc.",
                "Criteria profile \"empty\", rules: a profile needs at least one rule.");
    }

    @Test
    void notAnObjectAndMissingFile() {
        assertThatThrownBy(() -> CriteriaProfile.fromJson("[1, 2]")).isInstanceOf(ProfileException.class)
                .hasMessageContaining("the file must be one JSON object");
        assertThatThrownBy(() -> CriteriaProfile.fromJson("")).isInstanceOf(ProfileException.class);
        assertThatThrownBy(() -> CriteriaProfile.fromJson(Path.of("/nonexistent/profile.json")))
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.code()).isEqualTo("profile.io"));
    }

    private static void assertBadJson(String json, String code, String vi, String en) {
        assertThatThrownBy(() -> CriteriaProfile.fromJson(json))
                .isInstanceOfSatisfying(ProfileException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.messageVi()).isEqualTo(vi);
                    assertThat(e.messageEn()).isEqualTo(en);
                });
    }

    @Test
    void valuesOfTheWrongTypeAreNamedWithTheirPlaceNotInJacksonsWords() {
        assertBadJson("{ \"id\": 12, \"rules\": [] }", "profile.id",
                "Hồ sơ tiêu chí, id: thiếu mã hồ sơ (\"id\", một chuỗi).",
                "Criteria profile, id: the profile id (\"id\", a string) is missing.");
        assertBadJson("{ \"id\": \"p\", \"nameVi\": [\"a\"], \"rules\": [] }", "profile.name",
                "Hồ sơ tiêu chí \"p\", nameVi: \"nameVi\" phải là một chuỗi.",
                "Criteria profile \"p\", nameVi: \"nameVi\" must be a string.");
        assertBadJson("{ \"id\": \"p\", \"rules\": { \"type\": \"model-content\" } }", "profile.rules",
                "Hồ sơ tiêu chí \"p\", rules: thiếu danh sách quy tắc (\"rules\", một mảng).",
                "Criteria profile \"p\", rules: the list of rules (\"rules\", an array) is missing.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\" }, \"subject-category\" ] }",
                "profile.rule",
                "Hồ sơ tiêu chí \"p\", rules[1]: mỗi quy tắc phải là một đối tượng JSON.",
                "Criteria profile \"p\", rules[1]: each rule must be a JSON object.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ null ] }", "profile.rule",
                "Hồ sơ tiêu chí \"p\", rules[0]: mỗi quy tắc phải là một đối tượng JSON.",
                "Criteria profile \"p\", rules[0]: each rule must be a JSON object.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": 7 } ] }", "profile.rule.type",
                "Hồ sơ tiêu chí \"p\", rules[0].type: loại quy tắc 7 không tồn tại; các loại có sẵn: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.",
                "Criteria profile \"p\", rules[0].type: unknown rule type 7; the built-in types are: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { } ] }", "profile.rule.type",
                "Hồ sơ tiêu chí \"p\", rules[0].type: loại quy tắc (thiếu) không tồn tại; các loại có sẵn: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.",
                "Criteria profile \"p\", rules[0].type: unknown rule type (missing); the built-in types are: subject-category, concrete-achievement, model-content, collective-change, individual-results, recognition-by-collective, party-member-rating, agency-proposed-exemplary.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\", \"clause\": 3 } ] }", "profile.rule.clause",
                "Hồ sơ tiêu chí \"p\", rules[0].clause: \"clause\" phải là một chuỗi.",
                "Criteria profile \"p\", rules[0].clause: \"clause\" must be a string.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\", \"kinds\": \"MODEL\" } ] }", "profile.list",
                "Hồ sơ tiêu chí \"p\", rules[0].kinds: cần một mảng chuỗi.",
                "Criteria profile \"p\", rules[0].kinds: expected an array of strings.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"party-member-rating\", \"categories\": [\"DANG_VIEN\", true] } ] }",
                "profile.list",
                "Hồ sơ tiêu chí \"p\", rules[0].categories: cần một mảng chuỗi, có true.",
                "Criteria profile \"p\", rules[0].categories: expected an array of strings, found true.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\", \"kinds\": [null] } ] }", "profile.list",
                "Hồ sơ tiêu chí \"p\", rules[0].kinds: cần một mảng chuỗi, có null.",
                "Criteria profile \"p\", rules[0].kinds: expected an array of strings, found null.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\", \"parameters\": [1] } ] }",
                "profile.parameters",
                "Hồ sơ tiêu chí \"p\", rules[0].parameters: \"parameters\" phải là một đối tượng JSON.",
                "Criteria profile \"p\", rules[0].parameters: \"parameters\" must be a JSON object.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"model-content\", \"kind\": [\"MODEL\"] } ] }",
                "profile.field.unknown",
                "Hồ sơ tiêu chí \"p\", rules[0].kind: trường \"kind\" không được hỗ trợ; các trường hợp lệ: categories, clause, kinds, parameters, type.",
                "Criteria profile \"p\", rules[0].kind: field \"kind\" is not supported; valid fields: categories, clause, kinds, parameters, type.");
        assertBadJson("{ \"id\": \"p\", \"rules\": [ { \"type\": \"recognition-by-collective\", \"parameters\": { \"requireVote\": \"yes\" } } ] }",
                "profile.parameter.invalid",
                "Hồ sơ tiêu chí \"p\", rules[0].parameters.requireVote: giá trị \"yes\" của tham số \"requireVote\" (phải có kết quả biểu quyết) không hợp lệ; cần true hoặc false.",
                "Criteria profile \"p\", rules[0].parameters.requireVote: the value \"yes\" of parameter \"requireVote\" (a vote is required) is invalid; expected true or false.");
        assertBadJson("null", "profile.json", "Hồ sơ tiêu chí: tệp phải là một đối tượng JSON { … }.",
                "Criteria profile: the file must be one JSON object { … }.");
    }

    @Test
    void builderRejectsUnknownParameterInCode() {
        assertThatThrownBy(() -> Rule.builder(RuleType.MODEL_CONTENT).parameter("x", 1).build())
                .isInstanceOfSatisfying(ProfileException.class, e -> assertThat(e.messageEn()).isEqualTo(
                        "Criteria profile, rule model-content.parameters.x: rule type \"model-content\" has no parameter \"x\"; valid parameters: (không có / none)."));
        assertThatThrownBy(() -> CriteriaProfile.builder("p").parameter(RuleType.AGENCY_PROPOSED_EXEMPLARY, "threshold", "HTTNV"))
                .isInstanceOf(ProfileException.class);
        assertThat(Set.copyOf(RuleType.PARTY_MEMBER_RATING.parameterNames())).containsExactlyInAnyOrder("threshold", "annualReviewMonth", "requireRatingYear");
    }
}
