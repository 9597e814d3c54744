package io.github.ghidanh.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The example files of src/test/resources/…/examples: what is read, and every problem in both languages. */
class JsonExamplesTest {

    private static JsonInterchange.ReadResult read(String name) throws IOException {
        try (InputStream in = JsonExamplesTest.class.getResourceAsStream("examples/" + name)) {
            return JsonInterchange.read(in, name);
        }
    }

    @Test
    void everyFieldOfTheFormatIsReadAndWrittenBackTheSame() throws IOException {
        JsonInterchange.ReadResult r = read("valid-every-field.json");

        assertThat(r.problems()).isEmpty();
        Interchange doc = r.content();
        assertThat(doc.campaign().period()).isEqualTo(new CampaignPeriod.Quarter(2022, 2));
        assertThat(doc.campaign().deadline().inclusive()).isTrue();
        assertThat(doc.campaign().copyTo()).containsExactly("Như trên", "Lưu VP");
        assertThat(doc.organisations().find("du").orElseThrow().signatory().title()).isEqualTo("BÍ THƯ");
        IndividualNominee nhung = (IndividualNominee) doc.nominees().get(0);
        assertThat(nhung.recognition().votesFor()).isEqualTo(28);
        assertThat(nhung.achievements()).hasSize(2);
        assertThat(nhung.assessment().score()).isEqualTo(95);
        assertThat(((ModelNominee) doc.nominees().get(1)).otherField()).isEqualTo("Cải cách hành chính");
        assertThat(doc.submissions().get(1).recorded()).isEmpty();
        assertThat(doc.reviews().get(1).reason()).isEqualTo("Chưa nêu kết quả cụ thể");

        JsonInterchange.ReadResult again = JsonInterchange.read(JsonInterchange.toJson(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8), "again.json");
        assertThat(again.problems()).isEmpty();
        assertThat(again.content()).isEqualTo(doc);
    }

    @Test
    void nullMeansAbsentAndAWholeNumberMayBeWrittenWithAZeroFraction() throws IOException {
        JsonInterchange.ReadResult r = read("valid-nulls-and-whole-numbers.json");

        assertThat(r.problems()).isEmpty();
        assertThat(r.content().campaign().period()).isEqualTo(new CampaignPeriod.Year(2022));
        assertThat(r.content().campaign().deadline().inclusive()).isFalse();
        IndividualNominee thang = (IndividualNominee) r.content().nominees().get(0);
        assertThat(thang.yearOfBirth()).isEqualTo(1956);
        assertThat(thang.categories()).isEmpty();
        assertThat(r.content().nominees().get(1).assessment().year()).isEqualTo(2022);
        assertThat(r.content().submissions().get(0).recordsAllEligible()).isTrue();
    }

    @Test
    void everySchemaErrorIsReportedAtItsPathInTheReadersWords() throws IOException {
        JsonInterchange.ReadResult r = read("invalid-structure.json");

        assertThat(r.content().nominees()).extracting(Nominee::id).containsExactly("n0");
        assertThat(r.problems()).extracting(ImportProblem::location, ImportProblem::code).containsExactly(
                tuple("format", "json.format"),
                tuple("comment", "json.unknownField"),
                tuple("nominees[1].assessment.rating", "json.enum"),
                tuple("nominees[2].nam", "json.unknownField"),
                tuple("nominees[2].name", "json.required"),
                tuple("nominees[3].yearOfBirth", "json.expectedInteger"),
                tuple("nominees[4].name", "json.required"),
                tuple("nominees[4].categories", "json.duplicateItem"),
                tuple("nominees[5].yearOfBirth", "json.range"),
                tuple("nominees[5].recognition.meetingDate", "json.expectedDate"),
                tuple("nominees[5].recognition.votesFor", "json.range"),
                tuple("nominees[6].yearOfBirth", "json.expectedInteger"),
                tuple("nominees[6].keyLeader", "json.expectedBoolean"),
                tuple("nominees[6].assessment.score", "json.range"),
                tuple("nominees[7].yearOfBirth", "json.unknownField"),
                tuple("nominees[8].kind", "json.enum"),
                tuple("nominees[9]", "json.expectedObject"),
                tuple("nominees[10].achievements", "json.expectedArray"),
                tuple("submissions[0].submittedOn", "json.expectedDate"),
                tuple("reviews[0].reason", "json.returnReason"));
        assertThat(r.problems()).extracting(p -> p.format(Messages.EN)).contains(
                "invalid-structure.json: format: Unknown format \"ghidanh-interchange/2\"; this program reads \"ghidanh-interchange/1\".",
                "invalid-structure.json: comment: Unknown field \"comment\" (a typo?). Allowed here: format, organisations, campaign, "
                        + "nominees, submissions, reviews.",
                "invalid-structure.json: nominees[1].assessment.rating: Unknown value \"XUAT_SAC\". Allowed: HTXSNV, HTTNV, HTNV, KHTNV.",
                "invalid-structure.json: nominees[3].yearOfBirth: Expected a whole number, found \"1985\".",
                "invalid-structure.json: nominees[4].categories: The value \"DANG_VIEN\" is listed twice; list it once.",
                "invalid-structure.json: nominees[5].yearOfBirth: 99999999999 is outside the allowed range -2147483648 to 2147483647.",
                "invalid-structure.json: nominees[5].recognition.meetingDate: Expected a date as YYYY-MM-DD (e.g. 2022-06-10), found 2022-02-30.",
                "invalid-structure.json: nominees[6].assessment.score: 120 is outside the allowed range 0 to 100.",
                "invalid-structure.json: nominees[7].yearOfBirth: Unknown field \"yearOfBirth\" (a typo?). Allowed here: kind, id, cellId, "
                        + "name, unit, field, otherField, content, novelty, achievements, assessment, results.",
                "invalid-structure.json: nominees[8].kind: Unknown value \"PERSON\". Allowed: INDIVIDUAL, MODEL, COLLECTIVE.",
                "invalid-structure.json: nominees[9]: Expected an object {...}, found text.");
        assertThat(r.problems()).extracting(p -> p.format(Messages.VI)).contains(
                "invalid-structure.json: nominees[2].name: Trường này bắt buộc phải có giá trị.",
                "invalid-structure.json: nominees[6].keyLeader: Cần true hoặc false, nhưng gặp \"có\".");
    }

    @Test
    void aReturnedProposalWithoutAReasonIsNamedSo() {
        JsonInterchange.ReadResult r = JsonInterchange.read(("""
                {"organisations": [{"id": "du", "name": "Đảng ủy", "kind": "PARTY"}, {"id": "cb1", "name": "Chi bộ 1", "kind": "PARTY", "parentId": "du"}],
                 "campaign": {"id": "c1", "issuerId": "du", "period": {"type": "YEAR", "year": 2022}, "deadline": {"date": "2022-06-10"}, "issueDate": "2022-05-31"},
                 "nominees": [{"kind": "MODEL", "id": "m1", "cellId": "cb1", "name": "Mô hình"}],
                 "submissions": [{"cellId": "cb1", "submittedOn": "2022-06-08", "proposed": ["m1"]}],
                 "reviews": [{"nomineeId": "m1", "outcome": "RETURN", "date": "2022-06-15", "reason": " "}]}
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8), "tra.json");
        assertThat(r.problems()).extracting(ImportProblem::location, ImportProblem::code, ImportProblem::messageEn)
                .containsExactly(tuple("reviews[0].reason", "json.returnReason", "A returned proposal needs a reason."));
        assertThat(r.content().reviews()).isEmpty();
    }

    @Test
    void aFileWhoseOrganisationsOrCampaignAreBrokenIsUnusableAndSaysAllThatIsWrongWithThem() {
        assertThatThrownBy(() -> read("invalid-unusable.json")).isInstanceOfSatisfying(InterchangeException.class, e -> {
            assertThat(e.code()).isEqualTo("json.unusable");
            assertThat(e.problems()).extracting(ImportProblem::location, ImportProblem::code).containsExactly(
                    tuple("organisations[1].kind", "json.enum"),
                    tuple("campaign.period.year", "json.range"),
                    tuple("campaign.period.half", "json.unknownField"),
                    tuple("campaign.issueDate", "json.required"));
            assertThat(e.messageEn()).startsWith("invalid-unusable.json cannot be used: the organisations or the campaign have errors:\n"
                    + "  invalid-unusable.json: organisations[1].kind: Unknown value \"PARTI\". Allowed: PARTY, STATE.");
        });
    }

    @Test
    void whatNoSchemaCanSayIsCheckedAfterIt() throws IOException {
        JsonInterchange.ReadResult r = read("schema-valid-but-inconsistent.json");

        assertThat(r.content().nominees()).extracting(Nominee::id).containsExactly("n1");
        assertThat(r.problems()).extracting(ImportProblem::location, ImportProblem::code).containsExactly(
                tuple("nominees[1].id", "json.duplicateId"),
                tuple("nominees[2].cellId", "json.unknownOrganisation"),
                tuple("nominees[3].unit", "import.legacyEncoding"),
                tuple("submissions[0].proposed[1]", "json.unknownNominee"),
                tuple("reviews[0].nomineeId", "json.notProposed"));
    }
}
