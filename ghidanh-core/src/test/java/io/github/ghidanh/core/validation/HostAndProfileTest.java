package io.github.ghidanh.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Nominees;
import io.github.ghidanh.core.criteria.RuleType;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HostAndProfileTest {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final CriteriaProfile HTTNV = CriteriaProfile.defaultProfile().toBuilder("tinh-khac-2023")
            .parameter(RuleType.PARTY_MEMBER_RATING, "threshold", Rating.HTTNV).build();
    final IndividualNominee ratedWell = Nominees.partyMember().toBuilder().rating(Rating.HTTNV).build();

    @Test
    void theThresholdComesFromTheProfile() {
        NomineeValidator def = NomineeValidator.create().asOf(Nominees.EVALUATION_DATE);
        assertThat(def.validate(ratedWell, Stage.SUBMISSION, VI)).extracting(Violation::clauseId)
                .containsExactly("CV-1.e.party");
        NomineeValidator host = def.withProfile(HTTNV);
        assertThat(host.profile().id()).isEqualTo("tinh-khac-2023");
        assertThat(host.validate(ratedWell, Stage.SUBMISSION, VI)).isEmpty();
        assertThat(host.validate(ratedWell.toBuilder().rating(Rating.HTNV).build(), Stage.SUBMISSION, VI))
                .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo(
                        "Đảng viên đề nghị ghi danh phải được xếp loại từ hoàn thành tốt nhiệm vụ trở lên, nhưng được xếp loại hoàn thành nhiệm vụ (CV-1.e.party)"));
        // the original is unchanged (immutable copies)
        assertThat(def.profile().id()).isEqualTo("lao-cai-duyen-hai-2022-h1");
    }

    @Test
    void aHostValidatorWithoutPayloadGetsTheDefaultProfile() {
        Validator plain = HostValidators.FACTORY.getValidator();
        Set<ConstraintViolation<Nominee>> v = plain.validate(ratedWell, Stages.AtSubmission.class);
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.getMessageTemplate()).isEqualTo("{io.github.ghidanh.cv_1_e.party.rating}");
            assertThat(x.getPropertyPath().toString()).isEqualTo("assessment");
        });
        // with the host's payload it gets the host's profile
        assertThat(HostValidators.inLocale(VI, CriteriaPayload.of(HTTNV, Nominees.EVALUATION_DATE))
                .validate(ratedWell, Stages.AtSubmission.class)).isEmpty();
    }

    @Test
    void ourEntryPointOverAHostValidator() {
        NomineeValidator v = NomineeValidator.create().usingValidator(HostValidators.FACTORY.getValidator());
        List<Violation> out = v.validate(ratedWell.toBuilder().citizenId("abc").build(), Stage.SUBMISSION, Locale.ENGLISH);
        assertThat(out).extracting(Violation::clauseId, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "The citizen ID must be exactly 12 digits"),
                org.assertj.core.groups.Tuple.tuple("CV-1.e.party",
                        "A party member proposed for the honour roll must be rated Completed duties excellently or better, but is rated Completed duties well (CV-1.e.party)"));
        // a host constraint of its own (not ours) keeps the host's message
        record Wrapper(@jakarta.validation.constraints.Size(max = 1, message = "host says too long") String s) {
        }
        assertThat(HostValidators.FACTORY.getValidator().validate(new Wrapper("xy"))).singleElement()
                .satisfies(x -> assertThat(x.getMessage()).isEqualTo("host says too long"));
    }

    @Test
    void aFailingHostValidatorIsADocumentedException() {
        Validator broken = (Validator) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Validator.class}, (p, m, a) -> {
                    throw new IllegalStateException("host validator down");
                });
        assertThatThrownBy(() -> NomineeValidator.create().usingValidator(broken).validate(Nominees.model(),
                Stage.DRAFT, VI))
                .isInstanceOfSatisfying(NomineeValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("validation.failed");
                    assertThat(e.messageVi()).isEqualTo("Không kiểm tra được trường hợp đề nghị ghi danh \"m-1\": host validator down");
                    assertThat(e.messageEn()).isEqualTo("Could not validate nominee \"m-1\": host validator down");
                });
    }

    @Test
    void payloadAndFactoryAreExposed() {
        NomineeValidator v = NomineeValidator.create().withProfile(HTTNV).asOf(Nominees.EVALUATION_DATE);
        assertThat(v.payload()).isEqualTo(CriteriaPayload.of(HTTNV, Nominees.EVALUATION_DATE));
        assertThat(NomineeValidator.validatorFactory()).isSameAs(NomineeValidator.validatorFactory());
    }
}
