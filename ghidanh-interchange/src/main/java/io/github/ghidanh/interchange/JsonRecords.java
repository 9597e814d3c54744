package io.github.ghidanh.interchange;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.VietnameseText.ToneStyle;
import io.github.ghidanh.interchange.internal.Messages;
import java.time.LocalDate;
import java.util.List;

/**
 * The interchange file as Jackson binds it (docs/json-format.md): one record per JSON object, its
 * components in the order the file is written, a null component left out. The records only carry
 * the shape of the file; the core model's factories validate and NFC-normalise what they hold
 * ({@code toModel}), and {@code of} turns the model back into the shape that is written. Keeping
 * this layer apart leaves the model free of Jackson annotations and the JSON names free to differ
 * from the Java ones.
 */
final class JsonRecords {
    private JsonRecords() {
    }

    /** The whole file, as written. Read record by record instead (see {@link JsonFileReader}). */
    record FileJson(String format, List<OrganisationJson> organisations, CampaignJson campaign, List<NomineeJson> nominees,
            List<SubmissionJson> submissions, List<ReviewJson> reviews) {
        static FileJson of(Interchange doc) {
            return new FileJson(JsonInterchange.FORMAT, doc.organisations().all().stream().map(OrganisationJson::of).toList(),
                    CampaignJson.of(doc.campaign()), doc.nominees().stream().map(NomineeJson::of).toList(),
                    orNull(doc.submissions().stream().map(SubmissionJson::of).toList()),
                    orNull(doc.reviews().stream().map(ReviewJson::of).toList()));
        }
    }

    record OrganisationJson(String id, String name, String levelName, String parentId, String superiorName,
            OrganisationKind kind, String abbreviation, String place, String supervisor, SignatoryJson signatory,
            ToneStyle toneStyle) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.name(), o.levelName(), o.parentId(), o.superiorName(), o.kind(),
                    o.abbreviation(), o.place(), o.supervisor(), o.signatory() == null ? null : SignatoryJson.of(o.signatory()),
                    o.toneStyle() == ToneStyle.OLD ? null : o.toneStyle()); // the default is left out of the file
        }

        Organisation toModel() {
            return Organisation.builder(id, kind).name(name).levelName(levelName).parentId(parentId)
                    .superiorName(superiorName).abbreviation(abbreviation).place(place).supervisor(supervisor)
                    .signatory(signatory == null ? null : signatory.toModel()).toneStyle(toneStyle).build();
        }
    }

    record SignatoryJson(String authority, String title, String name) {
        static SignatoryJson of(Signatory s) {
            return new SignatoryJson(s.authority(), s.title(), s.name());
        }

        Signatory toModel() {
            return new Signatory(authority, title, name);
        }
    }

    record CampaignJson(String id, String issuerId, PeriodJson period, List<LegalBasisJson> legalBases,
            String criteriaProfileId, DeadlineJson deadline, String receivingOffice, String subject, List<String> recipients,
            List<String> copyTo, String documentNumber, LocalDate issueDate, String preamble) {
        static CampaignJson of(Campaign c) {
            return new CampaignJson(c.id(), c.issuerId(), PeriodJson.of(c.period()),
                    orNull(c.legalBases().stream().map(LegalBasisJson::of).toList()), c.criteriaProfileId(),
                    DeadlineJson.of(c.deadline()), c.receivingOffice(), c.subject(), orNull(c.recipients()),
                    orNull(c.copyTo()), c.documentNumber(), c.issueDate(), c.preamble());
        }

        Campaign toModel() {
            return Campaign.builder(id, issuerId).period(present(period, "period").toModel())
                    .legalBases(legalBases == null ? null : legalBases.stream().map(b -> b == null ? null : b.toModel()).toList())
                    .criteriaProfileId(criteriaProfileId).deadline(present(deadline, "deadline").toModel())
                    .receivingOffice(receivingOffice).subject(subject).recipients(recipients).copyTos(copyTo)
                    .documentNumber(documentNumber).issueDate(issueDate).preamble(preamble).build();
        }
    }

    /** The campaign's period; {@code "type"} names which of the four it is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = HalfYearJson.class, name = "HALF_YEAR"),
            @JsonSubTypes.Type(value = YearJson.class, name = "YEAR"),
            @JsonSubTypes.Type(value = QuarterJson.class, name = "QUARTER"),
            @JsonSubTypes.Type(value = DateRangeJson.class, name = "DATE_RANGE")})
    sealed interface PeriodJson permits HalfYearJson, YearJson, QuarterJson, DateRangeJson {
        CampaignPeriod toModel();

        static PeriodJson of(CampaignPeriod p) {
            if (p instanceof CampaignPeriod.HalfYear h) {
                return new HalfYearJson(h.year(), h.half());
            }
            if (p instanceof CampaignPeriod.Year y) {
                return new YearJson(y.year());
            }
            if (p instanceof CampaignPeriod.Quarter q) {
                return new QuarterJson(q.year(), q.quarter());
            }
            CampaignPeriod.DateRange r = (CampaignPeriod.DateRange) p;
            return new DateRangeJson(r.start(), r.end());
        }
    }

    record HalfYearJson(Integer year, Integer half) implements PeriodJson {
        @Override
        public CampaignPeriod toModel() {
            return new CampaignPeriod.HalfYear(present(year, "year"), present(half, "half"));
        }
    }

    record YearJson(Integer year) implements PeriodJson {
        @Override
        public CampaignPeriod toModel() {
            return new CampaignPeriod.Year(present(year, "year"));
        }
    }

    record QuarterJson(Integer year, Integer quarter) implements PeriodJson {
        @Override
        public CampaignPeriod toModel() {
            return new CampaignPeriod.Quarter(present(year, "year"), present(quarter, "quarter"));
        }
    }

    record DateRangeJson(LocalDate start, LocalDate end) implements PeriodJson {
        @Override
        public CampaignPeriod toModel() {
            return new CampaignPeriod.DateRange(start, end);
        }
    }

    record LegalBasisJson(String type, String number, LocalDate date, String issuer, String title) {
        static LegalBasisJson of(LegalBasis b) {
            return new LegalBasisJson(b.type(), b.number(), b.date(), b.issuer(), b.title());
        }

        LegalBasis toModel() {
            return new LegalBasis(type, number, date, issuer, title);
        }
    }

    /** Written always with {@code inclusive}, so that a reader of the file sees which reading of the date is meant. */
    record DeadlineJson(LocalDate date, Boolean inclusive) {
        static DeadlineJson of(Deadline d) {
            return new DeadlineJson(d.date(), d.inclusive());
        }

        Deadline toModel() {
            return new Deadline(date, Boolean.TRUE.equals(inclusive));
        }
    }

    /** A nominee; {@code "kind"} names which of the three it is. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = IndividualJson.class, name = "INDIVIDUAL"),
            @JsonSubTypes.Type(value = ModelJson.class, name = "MODEL"),
            @JsonSubTypes.Type(value = CollectiveJson.class, name = "COLLECTIVE")})
    sealed interface NomineeJson permits IndividualJson, ModelJson, CollectiveJson {
        Nominee toModel();

        static NomineeJson of(Nominee n) {
            if (n instanceof IndividualNominee i) {
                return IndividualJson.of(i);
            }
            if (n instanceof ModelNominee m) {
                return ModelJson.of(m);
            }
            return CollectiveJson.of((CollectiveNominee) n);
        }
    }

    /**
     * The flags are written only when true: a list of individuals stays readable. The optional
     * ethnicity comes last and, like every null, is left out when unknown, so a file without it is
     * written byte for byte as before.
     */
    record IndividualJson(String id, String cellId, String name, Integer yearOfBirth, Sex sex, String citizenId,
            String position, String unit, List<SubjectCategory> categories, Boolean keyLeader, Boolean head,
            Boolean exemplary, Boolean proposedByAgency, String results, RecognitionJson recognition,
            List<AchievementJson> achievements, AssessmentJson assessment, String ethnicity) implements NomineeJson {
        static IndividualJson of(IndividualNominee i) {
            return new IndividualJson(i.id(), i.cellId(), i.name(), i.yearOfBirth(), i.sex(), i.citizenId(), i.position(),
                    i.unit(), List.copyOf(i.categories()), trueOrNull(i.keyLeader()), trueOrNull(i.head()),
                    trueOrNull(i.exemplary()), trueOrNull(i.proposedByAgency()), i.results(),
                    i.recognition() == null ? null : RecognitionJson.of(i.recognition()), AchievementJson.of(i.achievements()),
                    AssessmentJson.of(i.assessment()), i.ethnicity());
        }

        @Override
        public IndividualNominee toModel() {
            return IndividualNominee.builder(id, cellId).name(name).yearOfBirth(yearOfBirth).sex(sex).citizenId(citizenId)
                    .position(position).unit(unit).categories(categories).keyLeader(Boolean.TRUE.equals(keyLeader))
                    .head(Boolean.TRUE.equals(head)).exemplary(Boolean.TRUE.equals(exemplary))
                    .proposedByAgency(Boolean.TRUE.equals(proposedByAgency)).results(results)
                    .recognition(recognition == null ? null : recognition.toModel())
                    .achievements(AchievementJson.toModel(achievements))
                    .assessment(assessment == null ? null : assessment.toModel()).ethnicity(ethnicity).build();
        }
    }

    record ModelJson(String id, String cellId, String name, String unit, ModelField field, String otherField,
            String content, String novelty, List<AchievementJson> achievements, AssessmentJson assessment, String results)
            implements NomineeJson {
        static ModelJson of(ModelNominee m) {
            return new ModelJson(m.id(), m.cellId(), m.name(), m.unit(), m.field(), m.otherField(), m.content(), m.novelty(),
                    AchievementJson.of(m.achievements()), AssessmentJson.of(m.assessment()), m.results());
        }

        @Override
        public ModelNominee toModel() {
            return ModelNominee.builder(id, cellId).name(name).unit(unit).field(field).otherField(otherField)
                    .content(content).novelty(novelty).achievements(AchievementJson.toModel(achievements))
                    .assessment(assessment == null ? null : assessment.toModel()).results(results).build();
        }
    }

    record CollectiveJson(String id, String cellId, String name, String unit, String changeVsPrevious, String effect,
            String spread, List<AchievementJson> achievements, AssessmentJson assessment) implements NomineeJson {
        static CollectiveJson of(CollectiveNominee c) {
            return new CollectiveJson(c.id(), c.cellId(), c.name(), c.unit(), c.changeVsPrevious(), c.effect(), c.spread(),
                    AchievementJson.of(c.achievements()), AssessmentJson.of(c.assessment()));
        }

        @Override
        public CollectiveNominee toModel() {
            return CollectiveNominee.builder(id, cellId).name(name).unit(unit).changeVsPrevious(changeVsPrevious)
                    .effect(effect).spread(spread).achievements(AchievementJson.toModel(achievements))
                    .assessment(assessment == null ? null : assessment.toModel()).build();
        }
    }

    record AchievementJson(AchievementType type, String description, String otherType) {
        static List<AchievementJson> of(List<Achievement> achievements) {
            return orNull(achievements.stream().map(a -> new AchievementJson(a.type(), a.description(), a.otherType())).toList());
        }

        static List<Achievement> toModel(List<AchievementJson> achievements) {
            return achievements == null ? null
                    : achievements.stream().map(a -> a == null ? null : new Achievement(a.type, a.description, a.otherType)).toList();
        }
    }

    record AssessmentJson(Rating rating, Integer score, Integer year) {
        static AssessmentJson of(Assessment a) {
            return a == null ? null : new AssessmentJson(a.rating(), a.score(), a.year());
        }

        Assessment toModel() {
            return new Assessment(rating, score, year);
        }
    }

    record RecognitionJson(LocalDate meetingDate, String body, Integer votesFor, Integer votesTotal) {
        static RecognitionJson of(Recognition r) {
            return new RecognitionJson(r.meetingDate(), r.body(), r.votesFor(), r.votesTotal());
        }

        Recognition toModel() {
            return new Recognition(meetingDate, body, votesFor, votesTotal);
        }
    }

    /** {@code recorded} is written even when empty: absent means "every eligible nominee", empty means none. */
    record SubmissionJson(String cellId, LocalDate submittedOn, String submittedBy, List<String> recorded,
            List<String> proposed) {
        static SubmissionJson of(CellSubmission s) {
            return new SubmissionJson(s.cellId(), s.submittedOn(), s.submittedBy(), s.recorded(), orNull(s.proposed()));
        }
    }

    record ReviewJson(String nomineeId, Review.Outcome outcome, String reason, LocalDate date, String by) {
        static ReviewJson of(Review r) {
            return new ReviewJson(r.nomineeId(), r.outcome(), r.reason(), r.date(), r.by());
        }

        Review toModel() {
            return new Review(present(nomineeId, "nomineeId"), present(outcome, "outcome"), reason, present(date, "date"), by);
        }
    }

    /**
     * A value the schema requires, for the model types that would otherwise fail without a message of
     * their own (unboxing, {@code requireNonNull}). The schema check comes first, so this is a second
     * line only.
     */
    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InterchangeException(Messages.of("json.missing", field), null);
        }
        return value;
    }

    /** Null for an empty list: empty lists are left out of the written file. */
    private static <T> List<T> orNull(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static Boolean trueOrNull(boolean b) {
        return b ? Boolean.TRUE : null;
    }
}
