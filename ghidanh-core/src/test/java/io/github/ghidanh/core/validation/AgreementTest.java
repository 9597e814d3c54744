package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.criteria.Reason;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.SubjectCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine and the Bean Validation clause constraints agree, nominee by nominee, on which clauses
 * and message keys are broken: for 3,000 seeded random nominees, under the default profile and under
 * a host profile (threshold HTTNV, 66 % approval, no CV-2), through our entry point and through a
 * host's own Hibernate Validator given the payload.
 */
class AgreementTest {
    private static final LocalDate DATE = LocalDate.of(2022, 6, 5);

    static String maybe(Random r, String s) {
        int k = r.nextInt(6);
        return k == 0 ? null : k == 1 ? " " : s;
    }

    static List<Achievement> achievements(Random r) {
        List<Achievement> out = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            AchievementType t = AchievementType.values()[r.nextInt(AchievementType.values().length)];
            out.add(new Achievement(t, maybe(r, "Việc làm cụ thể " + i), t == AchievementType.OTHER ? maybe(r, "Loại khác") : null));
        }
        return out;
    }

    static Assessment assessment(Random r) {
        return r.nextInt(5) == 0 ? null : Assessment.of(Rating.values()[r.nextInt(4)]);
    }

    static Nominee random(Random r, int i) {
        switch (r.nextInt(3)) {
            case 0:
                return ModelNominee.builder("m" + i, "cb").name("Mô hình " + i)
                        .field(r.nextInt(5) == 0 ? null : ModelField.values()[r.nextInt(ModelField.values().length)])
                        .otherField(maybe(r, "Giáo dục")).content(maybe(r, "Nội dung")).novelty(maybe(r, "Điểm mới"))
                        .achievements(achievements(r)).assessment(assessment(r)).build();
            case 1:
                return CollectiveNominee.builder("c" + i, "cb").name("Tập thể " + i)
                        .changeVsPrevious(maybe(r, "Đổi mới")).effect(maybe(r, "Tác động")).spread(maybe(r, "Lan tỏa"))
                        .achievements(achievements(r)).assessment(assessment(r)).build();
            default:
                Set<SubjectCategory> cats = EnumSet.noneOf(SubjectCategory.class);
                for (SubjectCategory c : SubjectCategory.values()) {
                    if (r.nextInt(4) == 0) {
                        cats.add(c);
                    }
                }
                Recognition rec = r.nextInt(6) == 0 ? null
                        : new Recognition(r.nextInt(6) == 0 ? null : DATE.plusDays(r.nextInt(5) - 3), "Họp chi bộ",
                                r.nextInt(6) == 0 ? null : r.nextInt(14) - 1, r.nextInt(8) == 0 ? null : r.nextInt(13));
                return IndividualNominee.builder("i" + i, "cb").name("Người " + i).categories(cats)
                        .keyLeader(r.nextInt(4) == 0).head(r.nextInt(4) == 0).exemplary(r.nextBoolean())
                        .proposedByAgency(r.nextBoolean()).results(maybe(r, "Kết quả")).recognition(rec)
                        .achievements(achievements(r)).assessment(assessment(r)).build();
        }
    }

    private static Set<String> reasons(Decision d) {
        Set<String> s = new TreeSet<>();
        for (Reason x : d.reasons()) {
            s.add(x.clauseId() + " " + x.messageKey());
        }
        return s;
    }

    private static Set<String> violations(List<Violation> vs) {
        Set<String> s = new TreeSet<>();
        for (Violation v : vs) {
            if (v.clauseId() != null) {
                s.add(v.clauseId() + " " + v.messageKey());
            }
        }
        return s;
    }

    private static Set<String> hostViolations(Set<jakarta.validation.ConstraintViolation<Nominee>> vs) {
        Set<String> s = new TreeSet<>();
        for (var v : vs) {
            String key = v.getMessageTemplate().substring(1, v.getMessageTemplate().length() - 1);
            for (RuleType t : RuleType.values()) {
                if (t.messageKeys().contains(key)) {
                    s.add(t.clauseId() + " " + key);
                }
            }
        }
        return s;
    }

    private void agree(CriteriaProfile profile, long seed) {
        Random r = new Random(seed);
        NomineeValidator ours = NomineeValidator.create().withProfile(profile).asOf(DATE);
        var host = HostValidators.inLocale(Locale.ENGLISH, CriteriaPayload.of(profile, DATE));
        int eligible = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1500; i++) {
            Nominee n = random(r, i);
            Decision d = CriteriaEngine.create().evaluate(n, profile, null, DATE);
            Set<String> engine = reasons(d);
            assertThat(violations(ours.validate(n, Stage.SUBMISSION, Locale.ENGLISH))).as(n.toString()).isEqualTo(engine);
            assertThat(hostViolations(host.validate(n, Stages.AtSubmission.class))).as(n.toString()).isEqualTo(engine);
            if (d.eligible()) {
                eligible++;
            }
            seen.addAll(engine);
        }
        // the generator really produced both outcomes and most reasons
        assertThat(eligible).isGreaterThan(10).isLessThan(1490);
        assertThat(seen.size()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void defaultProfile() {
        agree(CriteriaProfile.defaultProfile(), 20220531L);
    }

    @Test
    void hostProfile() {
        CriteriaProfile p = CriteriaProfile.defaultProfile().toBuilder("host-2023")
                .parameter(RuleType.PARTY_MEMBER_RATING, "threshold", Rating.HTTNV)
                .parameter(RuleType.RECOGNITION_BY_COLLECTIVE, "approvalAbovePercent", 66)
                .without(RuleType.AGENCY_PROPOSED_EXEMPLARY).build();
        agree(p, 20230101L);
    }
}
