package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.interchange.internal.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonInterchangeTest {

    private static final String MINIMAL_HEAD = """
            {
              "format": "ghidanh-interchange/1",
              "organisations": [
                {"id": "du", "name": "Đảng ủy phường Duyên Hải", "kind": "PARTY"},
                {"id": "cb1", "name": "Chi bộ Tổ dân phố số 1", "kind": "PARTY", "parentId": "du", "supervisor": "Nguyễn Thị Thu Hà"}
              ],
              "campaign": {
                "id": "c1", "issuerId": "du",
                "period": {"type": "HALF_YEAR", "year": 2022, "half": 1},
                "deadline": {"date": "2022-06-10"},
                "issueDate": "2022-05-31"
              },
            """;

    private static JsonInterchange.ReadResult read(String json) {
        return JsonInterchange.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void theSampleRoundTripsThroughJson(@TempDir Path dir) throws Exception {
        Interchange sample = DemoSample.duyenHai2022();
        Path file = dir.resolve("sample.json");
        JsonInterchange.write(sample, file);

        JsonInterchange.ReadResult back = JsonInterchange.read(file);

        assertThat(back.problems()).isEmpty();
        assertThat(back.content()).isEqualTo(sample);
        // and writing it again gives the same text
        assertThat(JsonInterchange.toJson(back.content())).isEqualTo(Files.readString(file));
    }

    @Test
    void theWrittenFileUsesTheDocumentedNames() {
        String json = JsonInterchange.toJson(DemoSample.duyenHai2022());
        assertThat(json).startsWith("{\n  \"format\" : \"ghidanh-interchange/1\",\n  \"organisations\" : [ {\n    \"id\" : \"du-duyen-hai\"");
        assertThat(json).contains("\"kind\" : \"INDIVIDUAL\"", "\"kind\" : \"MODEL\"", "\"kind\" : \"COLLECTIVE\"",
                "\"name\" : \"Nguyễn Thị Hồng Nhung\"", "\"rating\" : \"HTXSNV\"",
                "\"deadline\" : {\n      \"date\" : \"2022-06-10\",\n      \"inclusive\" : false\n    }",
                "\"outcome\" : \"RETURN\"");
    }

    /** An organisation's tone placement: read and written when it is the new one, left out for the default. */
    @Test
    void anOrganisationsTonePlacementIsCarriedAndTheDefaultLeftOut() {
        String json = MINIMAL_HEAD.replace("\"kind\": \"PARTY\"},", "\"kind\": \"PARTY\", \"toneStyle\": \"NEW\"},") + """
                  "nominees": []
                }""";
        JsonInterchange.ReadResult r = read(json);
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().organisations().get("du").toneStyle()).isEqualTo(VietnameseText.ToneStyle.NEW);
        assertThat(r.content().organisations().get("cb1").toneStyle()).isEqualTo(VietnameseText.ToneStyle.OLD);
        String written = JsonInterchange.toJson(r.content());
        assertThat(written).containsOnlyOnce("\"toneStyle\" : \"NEW\"");
        assertThatThrownBy(() -> read(json.replace("\"NEW\"", "\"NEWER\""))).isInstanceOf(InterchangeException.class)
                .hasMessageContaining("organisations[0].toneStyle: Giá trị \"NEWER\" không hợp lệ. Các giá trị được phép: OLD, NEW.");
    }

    /** A model's optional results: read and written when given, left out (the old bytes) when absent. */
    @Test
    void aModelsResultsAreCarriedAndLeftOutWhenAbsent() {
        String model = MINIMAL_HEAD + """
                  "nominees": [{"kind": "MODEL", "id": "m1", "cellId": "cb1", "name": "Mô hình \\"Tuyến phố xanh\\""%s}]
                }""";
        JsonInterchange.ReadResult with = read(model.formatted(", \"results\": \"Giảm 30% rác thải\""));
        assertThat(with.problems()).isEmpty();
        ModelNominee m = (ModelNominee) with.content().nominees().get(0);
        assertThat(m.results()).isEqualTo("Giảm 30% rác thải");
        String written = JsonInterchange.toJson(with.content());
        assertThat(written).contains("\"results\" : \"Giảm 30% rác thải\"");

        JsonInterchange.ReadResult without = read(model.formatted(""));
        assertThat(without.problems()).isEmpty();
        assertThat(((ModelNominee) without.content().nominees().get(0)).results()).isNull();
        String plain = JsonInterchange.toJson(without.content());
        assertThat(plain).doesNotContain("results");
        // the same model with results, written, is the file without them plus exactly that member
        assertThat(written.replaceAll(",\\s*\"results\" : \"Giảm 30% rác thải\"", "")).isEqualTo(plain);
    }

    @Test
    void nfdTextIsStoredAsNfc() {
        String nfdName = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        JsonInterchange.ReadResult r = read(MINIMAL_HEAD + """
                  "nominees": [{"kind": "INDIVIDUAL", "id": "n1", "cellId": "cb1", "name": "%s", "categories": ["DANG_VIEN"]}]
                }""".formatted(nfdName));
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().nominees().get(0).name()).isEqualTo("Nguy\u1EC5n Th\u1ECB H\u1ED3ng Nhung");
    }

    @Test
    void ethnicityIsOptionalReadAsNfcAndLeftOutWhenUnknown() {
        String nfd = Normalizer.normalize("Tày", Normalizer.Form.NFD);
        JsonInterchange.ReadResult r = read(MINIMAL_HEAD + """
                  "nominees": [{"kind": "INDIVIDUAL", "id": "n1", "cellId": "cb1", "name": "Hoàng Văn Sáng", "ethnicity": "%s"},
                               {"kind": "INDIVIDUAL", "id": "n2", "cellId": "cb1", "name": "Lê Thị Mai"}]
                }""".formatted(nfd));
        assertThat(r.problems()).isEmpty();
        IndividualNominee sang = (IndividualNominee) r.content().nominees().get(0);
        IndividualNominee mai = (IndividualNominee) r.content().nominees().get(1);
        assertThat(sang.ethnicity()).isEqualTo("T\u00E0y");
        assertThat(sang.isEthnicMinority()).isTrue();
        assertThat(mai.ethnicity()).isNull();
        String json = JsonInterchange.toJson(r.content());
        assertThat(json).contains("\"ethnicity\" : \"T\u00E0y\"");
        assertThat(json.split("\"ethnicity\"", -1)).as("written once: left out where unknown").hasSize(2);
        assertThat(read(json).content()).isEqualTo(r.content());
    }

    @Test
    void everyBadRecordIsNamedByItsPathAndGoodOnesAreKept() {
        JsonInterchange.ReadResult r = read(MINIMAL_HEAD + """
                  "nominees": [
                    {"kind": "INDIVIDUAL", "id": "n0", "cellId": "cb1", "name": "Hà Văn Thắng", "assessment": {"rating": "HTXSNV"}},
                    {"kind": "INDIVIDUAL", "id": "n1", "cellId": "cb1", "name": "Lý Thị Mơ", "assessment": {"rating": "XUAT_SAC"}},
                    {"kind": "MODEL", "id": "n2", "cellId": "cb9", "name": "Mô hình A"},
                    {"kind": "COLLECTIVE", "id": "n3", "cellId": "cb1", "nam": "Chi đoàn"},
                    {"kind": "INDIVIDUAL", "id": "n0", "cellId": "cb1", "name": "Trùng mã"},
                    {"kind": "INDIVIDUAL", "id": "n5", "cellId": "cb1", "name": "Tạ Thị Phượng", "yearOfBirth": "1985"}
                  ]
                }""");

        assertThat(r.content().nominees()).extracting(Nominee::id).containsExactly("n0");
        assertThat(((IndividualNominee) r.content().nominees().get(0)).rating()).isEqualTo(Rating.HTXSNV);
        assertThat(r.problems()).extracting(ImportProblem::location).containsExactly(
                "nominees[1].assessment.rating",
                "nominees[2].cellId",
                "nominees[3].nam",
                "nominees[3].name",
                "nominees[4].id",
                "nominees[5].yearOfBirth");
        ImportProblem rating = r.problems().get(0);
        assertThat(rating.messageEn()).isEqualTo("Unknown value \"XUAT_SAC\". Allowed: HTXSNV, HTTNV, HTNV, KHTNV.");
        assertThat(rating.messageVi()).isEqualTo("Giá trị \"XUAT_SAC\" không hợp lệ. Các giá trị được phép: HTXSNV, HTTNV, HTNV, KHTNV.");
        assertThat(rating.format(Messages.VI)).isEqualTo(
                "test.json: nominees[1].assessment.rating: Giá trị \"XUAT_SAC\" không hợp lệ. Các giá trị được phép: HTXSNV, HTTNV, HTNV, KHTNV.");
        assertThat(r.problems().get(1).messageEn()).isEqualTo("No organisation with id \"cb9\" in \"organisations\".");
        assertThat(r.problems().get(4).messageVi()).isEqualTo("Mã \"n0\" bị dùng hai lần; mỗi mã phải là duy nhất.");
        assertThat(r.problems().get(5).messageEn()).isEqualTo("Expected a whole number, found \"1985\".");
    }

    @Test
    void aFileThatIsNotJsonIsUnreadableWithItsLine() {
        assertThatThrownBy(() -> read("{\n  \"organisations\": [\n    {\"id\": \"du\",, }\n"))
                .isInstanceOfSatisfying(InterchangeException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.syntax");
                    assertThat(e.messageEn()).startsWith("test.json is not valid JSON (line 3, column");
                    assertThat(e.messageVi()).startsWith("Tệp test.json không phải JSON hợp lệ (dòng 3, cột");
                });
    }

    @Test
    void aMissingFileIsReportedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> JsonInterchange.read(dir.resolve("khong-co.json")))
                .isInstanceOfSatisfying(InterchangeException.class, e -> assertThat(e.code()).isEqualTo("io.notFound"));
    }

    @Test
    void aTreeWithAMissingParentMakesTheFileUnusableAndSaysWhere() {
        String json = """
                {"organisations": [{"id": "du", "name": "Đảng ủy", "kind": "PARTY"},
                                   {"id": "cb1", "name": "Chi bộ 1", "kind": "PARTI", "parentId": "du"}],
                 "campaign": {"id": "c1", "issuerId": "du", "period": {"type": "YEAR", "year": 2022},
                              "deadline": {"date": "2022-06-10"}, "issueDate": "2022-05-31"},
                 "nominees": []}""";
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InterchangeException.class, e -> {
            assertThat(e.code()).isEqualTo("json.unusable");
            assertThat(e.problems()).extracting(ImportProblem::location).containsExactly("organisations[1].kind");
            assertThat(e.messageEn()).contains("organisations[1].kind: Unknown value \"PARTI\". Allowed: PARTY, STATE.");
        });
    }

    @Test
    void aCampaignWhoseDeadlineIsBeforeItsPeriodIsReportedOnTheCampaign() {
        String json = MINIMAL_HEAD.replace("\"2022-06-10\"", "\"2021-12-01\"").replace("\"2022-05-31\"", "\"2021-11-01\"")
                + "\"nominees\": []}";
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InterchangeException.class,
                e -> assertThat(e.problems()).extracting(ImportProblem::location, ImportProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("campaign", "campaign.deadlineBeforeStart")));
    }

    @Test
    void workflowSectionsAreCheckedAgainstTheNominees() {
        JsonInterchange.ReadResult r = read(MINIMAL_HEAD + """
                  "nominees": [{"kind": "INDIVIDUAL", "id": "n1", "cellId": "cb1", "name": "A"}],
                  "submissions": [{"cellId": "cb1", "submittedOn": "2022-06-08", "proposed": ["n1", "n9"]}],
                  "reviews": [{"nomineeId": "n1", "outcome": "RETURN", "date": "2022-06-15"}]
                }""");
        assertThat(r.problems()).extracting(ImportProblem::location)
                .containsExactly("submissions[0].proposed[1]", "reviews[0].reason");
        assertThat(r.content().submissions()).singleElement()
                .satisfies(s -> assertThat(s.proposed()).containsExactly("n1"))
                .satisfies(s -> assertThat(s.recordsAllEligible()).isTrue());
        assertThat(r.content().reviews()).isEmpty();
    }

    @Test
    void aBomIsAccepted() {
        byte[] body = (MINIMAL_HEAD + "\"nominees\": []}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(JsonInterchange.read(withBom, "bom.json").problems()).isEmpty();
        assertThat(JsonInterchange.read(withBom, "bom.json").content().organisations().size()).isEqualTo(2);
        assertThat(List.of()).isEmpty();
    }
}
