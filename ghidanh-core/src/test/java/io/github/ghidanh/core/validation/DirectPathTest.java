package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two paths fed by the one table of rules give identical violations: {@link NomineeValidator}'s
 * direct path (the default, {@link DirectValidation}) and its Bean Validation path (the same table
 * registered with Hibernate Validator by {@link NomineeConstraints}). Paths, clauses, keys,
 * messages, values and order agree on 800 seeded random nominees with broken texts, IDs, years and
 * scores, in both stages and both languages.
 */
class DirectPathTest {
    private static final LocalDate DATE = LocalDate.of(2022, 6, 5);
    private static final String[] BAD = {"Lò\u0000Văn", "a\uD800b", "x\u202Ey", "Lò\u200BVăn", "dòng 1\ndòng 2", "  ",
        "", "B¶o Th¾ng", "\uFFFD", "tab\there"};

    private static String corrupt(Random r, String s) {
        if (s == null) {
            return null;
        }
        switch (r.nextInt(12)) {
            case 0:
                return BAD[r.nextInt(BAD.length)];
            case 1:
                return "x".repeat(150 + r.nextInt(4500));
            default:
                return s;
        }
    }

    static Nominee broken(Random r, int i) {
        Nominee n = AgreementTest.random(r, i);
        List<Achievement> as = new ArrayList<>();
        for (Achievement a : n.achievements()) {
            as.add(new Achievement(a.type(), corrupt(r, a.description()), a.type() == AchievementType.OTHER
                    ? corrupt(r, a.otherType()) : r.nextInt(10) == 0 ? "Loại" : null));
        }
        Assessment assessment = n.assessment() == null ? null
                : r.nextInt(3) == 0 ? new Assessment(n.assessment().rating(), r.nextInt(120) - 10, 2022) : n.assessment();
        if (n instanceof ModelNominee m) {
            return m.toBuilder().name(corrupt(r, m.name())).unit(corrupt(r, "Tổ dân phố")).content(corrupt(r, m.content()))
                    .novelty(corrupt(r, m.novelty())).otherField(corrupt(r, m.otherField())).achievements(as)
                    .assessment(assessment).build();
        }
        if (n instanceof CollectiveNominee c) {
            return c.toBuilder().name(corrupt(r, c.name())).effect(corrupt(r, c.effect())).spread(corrupt(r, c.spread()))
                    .changeVsPrevious(corrupt(r, c.changeVsPrevious())).achievements(as).assessment(assessment).build();
        }
        IndividualNominee p = (IndividualNominee) n;
        Recognition rec = p.recognition() == null ? null
                : new Recognition(p.recognition().meetingDate(), corrupt(r, p.recognition().body()),
                        p.recognition().votesFor(), p.recognition().votesTotal());
        String[] ids = {"001178012345", "00117801234", "0011780123456", "00117801234X", null};
        return p.toBuilder().name(r.nextInt(15) == 0 ? null : corrupt(r, p.name())).position(corrupt(r, "Tổ trưởng"))
                .results(corrupt(r, p.results())).recognition(rec).achievements(as).assessment(assessment)
                .citizenId(ids[r.nextInt(ids.length)]).yearOfBirth(r.nextInt(4) == 0 ? null : 1890 + r.nextInt(140))
                .build();
    }

    private void same(CriteriaProfile profile, long seed) {
        NomineeValidator direct = NomineeValidator.create().withProfile(profile).asOf(DATE);
        NomineeValidator bean = direct.usingBeanValidation();
        Random r = new Random(seed);
        int valid = 0;
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Nominee n = broken(r, i);
            for (Stage stage : Stage.values()) {
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    List<Violation> d = direct.validate(n, stage, locale);
                    assertThat(d).as(n.toString()).isEqualTo(bean.validate(n, stage, locale));
                    d.forEach(v -> keys.add(v.messageKey()));
                    if (d.isEmpty()) {
                        valid++;
                    }
                }
            }
        }
        assertThat(valid).isGreaterThan(50);
        assertThat(keys).contains("io.github.ghidanh.field.name.required", "io.github.ghidanh.field.text.length",
                "io.github.ghidanh.field.text.clean", "io.github.ghidanh.field.citizen_id.shape",
                "io.github.ghidanh.field.year_of_birth.range", "io.github.ghidanh.field.score.range",
                "io.github.ghidanh.field.score.rating", "io.github.ghidanh.cv_1_e.party.rating");
        assertThat(keys.size()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void defaultProfile() {
        same(CriteriaProfile.defaultProfile(), 42L);
    }

    @Test
    void hostProfile() {
        same(CriteriaProfile.defaultProfile().toBuilder("h").parameter(RuleType.PARTY_MEMBER_RATING, "threshold",
                Rating.HTNV).without(RuleType.SUBJECT_CATEGORY).build(), 7L);
    }
}
