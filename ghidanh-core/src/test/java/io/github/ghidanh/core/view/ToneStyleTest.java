package io.github.ghidanh.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import io.github.ghidanh.core.workflow.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library writes its own words in one tone placement (the traditional "hòa, ủy" of the Nghị định
 * 30/2020 templates); an organisation may ask for the other ("hoà, uỷ") for its documents. Either way the
 * host's texts (names, legal bases, subjects) are printed exactly as written.
 */
class ToneStyleTest {

    /** The fixture tree with the ward re-made as {@code kind}, {@code signatory} and {@code style}. */
    static OrganisationTree wardAs(OrganisationKind kind, Signatory signatory, ToneStyle style) {
        List<Organisation> all = new ArrayList<>();
        for (Organisation o : Fixtures.tree().all()) {
            all.add(!o.id().equals(Fixtures.WARD) ? o : new Organisation(o.id(), o.name(), o.levelName(), o.parentId(),
                    o.superiorName(), kind, o.abbreviation(), o.place(), o.supervisor(), signatory, style));
        }
        return OrganisationTree.of(all);
    }

    static DirectiveLetterView letter(OrganisationTree tree) {
        return ReadModels.directiveLetter(Fixtures.campaign(), tree, CriteriaProfile.defaultProfile());
    }

    static String criteria(DirectiveLetterView v) {
        return String.join(" ", v.points().get(0).bullets());
    }

    @Test
    void theDefaultIsTheTraditionalPlacement() {
        Organisation ward = Fixtures.tree().get(Fixtures.WARD);
        assertThat(ward.toneStyle()).isEqualTo(ToneStyle.OLD);
        DirectiveLetterView v = letter(Fixtures.tree());
        assertThat(v.context().toneStyle()).isEqualTo(ToneStyle.OLD);
        assertThat(criteria(v)).contains("tận tụy trách nhiệm", "nếp sống văn hóa, văn minh", "sự lan tỏa trong cơ quan")
                .doesNotContain("tuỵ", "hoá", "toả");
    }

    @Test
    void anOrganisationMayChooseTheNewPlacementForTheLibrarysWords() {
        Signatory s = new Signatory("T/M ĐẢNG ỦY", "BÍ THƯ", "Bùi Đại Quang");
        DirectiveLetterView v = letter(wardAs(OrganisationKind.PARTY, s, ToneStyle.NEW));
        assertThat(v.context().toneStyle()).isEqualTo(ToneStyle.NEW);
        assertThat(criteria(v)).contains("tận tuỵ trách nhiệm", "nếp sống văn hoá, văn minh", "sự lan toả trong cơ quan")
                .doesNotContain("tụy", "hóa", "tỏa");
        // the host's texts stay as written: the ward's name, the legal bases' issuers, the signature
        assertThat(v.context().issuerName()).isEqualTo("ĐẢNG ỦY PHƯỜNG DUYÊN HẢI");
        assertThat(v.preamble().get(0)).contains("của Tỉnh ủy Lào Cai", "của Thành ủy Lào Cai");
        assertThat(v.context().signatory().authority()).isEqualTo("T/M ĐẢNG ỦY");
        assertThat(v.context().fixed("CỘNG HÒA")).isEqualTo("CỘNG HOÀ");
    }

    @Test
    void aSpelledOutAuthorityIsTheLibrarysWordingAndFollowsTheChoice() {
        Signatory s = new Signatory("TM. UBND", "CHỦ TỊCH", "Nguyễn Văn A");
        assertThat(letter(wardAs(OrganisationKind.STATE, s, ToneStyle.NEW)).preamble().get(0)).endsWith(", Uỷ ban nhân dân yêu cầu:");
        assertThat(letter(wardAs(OrganisationKind.STATE, s, ToneStyle.OLD)).preamble().get(0)).endsWith(", Ủy ban nhân dân yêu cầu:");
    }

    @Test
    void hostTextInTheOtherStyleIsNeverRewritten() {
        // a subject the host typed in the new style, issued by an organisation of the old style
        var c = Fixtures.campaign();
        var own = io.github.ghidanh.core.model.Campaign.builder(c.id(), c.issuerId()).period(c.period())
                .legalBases(c.legalBases()).criteriaProfileId(c.criteriaProfileId()).deadline(c.deadline()).issueDate(c.issueDate())
                .subject("ghi danh tập thể, cá nhân tận tuỵ, khoẻ mạnh").build();
        DirectiveLetterView v = ReadModels.directiveLetter(own, Fixtures.tree(), CriteriaProfile.defaultProfile());
        assertThat(v.subject()).isEqualTo("ghi danh tập thể, cá nhân tận tuỵ, khoẻ mạnh");
    }

    @Test
    void theLibrarysOwnLabelsAreAllInTheTraditionalPlacement() {
        List<String> labels = Stream.of(
                Stream.of(AchievementType.values()).map(AchievementType::labelVi),
                Stream.of(ModelField.values()).map(ModelField::labelVi),
                Stream.of(SubjectCategory.values()).map(SubjectCategory::labelVi),
                Stream.of(Rating.values()).map(Rating::labelVi),
                Stream.of(NomineeKind.values()).map(NomineeKind::labelVi),
                Stream.of(Sex.values()).map(Sex::labelVi),
                Stream.of(SubmissionStatus.values()).map(SubmissionStatus::labelVi),
                Stream.of(CampaignPeriod.firstHalf(2022).labelVi(), DirectiveLetters.CLOSING,
                        DirectiveLetters.subject(Fixtures.campaign())))
                .flatMap(x -> x).toList();
        assertThat(labels).hasSizeGreaterThan(30)
                .allSatisfy(l -> assertThat(VietnameseText.canonicalToneForm(l)).as(l).isEqualTo(l));
        assertThat(labels).contains("Tận tụy, trách nhiệm trong công việc");
    }
}
