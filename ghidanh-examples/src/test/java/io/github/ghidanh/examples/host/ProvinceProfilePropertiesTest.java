package io.github.ghidanh.examples.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.testing.Check;
import io.github.ghidanh.testing.NomineeGenerators;
import io.github.ghidanh.testing.SampleCampaigns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a host writes to test its own province's rules: the profile as data, and properties about
 * it over the published generators of {@code ghidanh-testing}, checked by its framework-free
 * {@link Check} (which shrinks a failure and prints the fields that matter). No property-testing
 * library needed.
 */
class ProvinceProfilePropertiesTest {

    /** The province's profile, as the host keeps it (e.g. in its database or a file next to its code). */
    static final CriteriaProfile PROVINCE = CriteriaProfile.fromJson("""
            {
              "id": "tinh-mau-2023",
              "nameVi": "Tiêu chí ghi danh năm 2023 của tỉnh (mẫu)",
              "nameEn": "The province's honour-roll criteria, 2023 (sample)",
              "rules": [
                { "type": "subject-category" },
                { "type": "concrete-achievement", "clause": "CV-1.b" },
                { "type": "model-content" },
                { "type": "collective-change" },
                { "type": "individual-results" },
                { "type": "recognition-by-collective", "parameters": { "approvalAbovePercent": 66 } },
                { "type": "party-member-rating", "categories": ["DANG_VIEN", "CONG_CHUC"], "parameters": { "threshold": "HTTNV" } }
              ]
            }
            """);

    static final CriteriaEngine ENGINE = CriteriaEngine.create();
    static final Campaign CAMPAIGN = SampleCampaigns.duyenHai2022().campaign();
    static final LocalDate DAY = LocalDate.of(2023, 6, 5);

    static boolean eligible(Nominee n) {
        return ENGINE.evaluate(n, PROVINCE, CAMPAIGN, DAY).eligible();
    }

    static boolean ratedBelowHttnv(Nominee n) {
        return n.rating() == Rating.HTNV || n.rating() == Rating.KHTNV;
    }

    static boolean partyMemberOrCivilServant(Nominee n) {
        return n instanceof IndividualNominee i
                && (i.categories().contains(SubjectCategory.DANG_VIEN) || i.categories().contains(SubjectCategory.CONG_CHUC));
    }

    @Test
    void noPartyMemberOrCivilServantRatedBelowHttnvIsEligible() {
        Check.forAll(c -> NomineeGenerators.arbitrary(c, "n1", "cb-1", DAY))
                .check(n -> assertThat(partyMemberOrCivilServant(n) && ratedBelowHttnv(n) && eligible(n)).as("%s", n).isFalse());
    }

    @Test
    void addingAnAchievementNeverMakesAnEligibleNomineeIneligible() {
        Check.forAll(c -> List.of(NomineeGenerators.arbitrary(c, "n1", "cb-1", DAY), NomineeGenerators.achievement(c)))
                .check(p -> {
                    Nominee n = (Nominee) p.get(0);
                    List<io.github.ghidanh.core.model.Achievement> more = new ArrayList<>(n.achievements());
                    more.add((io.github.ghidanh.core.model.Achievement) p.get(1));
                    assertThat(!eligible(n) || eligible(NomineeGenerators.withAchievements(n, more))).as("%s", p).isTrue();
                });
    }

    /**
     * The same property stated too broadly ("no nominee rated below HTTNV is eligible") is false:
     * the province's rating rule concerns party members and civil servants only. The failure shows
     * a smallest nominee that breaks it: the simplest nominee of its kind, rated HTNV, nothing else
     * changed (the one field listed).
     */
    @Test
    void theBroadStatementFailsAndItsCounterexampleIsASimplestNomineeRatedHtnv() {
        assertThatThrownBy(() -> Check.forAll(c -> NomineeGenerators.arbitrary(c, "n1", "cb-1", DAY))
                .check(n -> assertThat(ratedBelowHttnv(n) && eligible(n)).as("rated %s and eligible", n.rating()).isFalse()))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> System.out.println(e.getMessage()))
                .hasMessageContaining("fields that differ from the simplest value:\n"
                        + "  value.assessment = Assessment[rating=HTNV, score=null, year=null]\nFailure:")
                .hasMessageContaining("-Dghidanh.pbt.replay=");
    }
}
