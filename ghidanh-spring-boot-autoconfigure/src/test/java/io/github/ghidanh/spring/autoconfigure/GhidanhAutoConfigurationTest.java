package io.github.ghidanh.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stages;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.NomineeGenerators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

class GhidanhAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GhidanhAutoConfiguration.class));

    @Test
    void defaultsGiveEveryBeanWithTheLettersProfile() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Reports.class).hasSingleBean(NomineeValidator.class)
                    .hasSingleBean(CriteriaEngine.class).hasSingleBean(CriteriaProfiles.class);
            GhidanhProperties p = ctx.getBean(GhidanhProperties.class);
            assertThat(p.language()).isEqualTo(Locale.forLanguageTag("vi"));
            assertThat(p.archival()).isFalse();
            assertThat(p.citizenIds()).isEqualTo(GhidanhProperties.CitizenIdDisplay.MASKED);
            assertThat(p.renderOptions(Format.PDF).locale().getLanguage()).isEqualTo("vi");
            assertThat(p.renderOptions(Format.PDF).showCitizenIds()).isFalse();
            CriteriaProfiles profiles = ctx.getBean(CriteriaProfiles.class);
            assertThat(profiles.all()).containsOnlyKeys(CriteriaProfile.DEFAULT_ID);
            assertThat(profiles.defaultProfile()).isEqualTo(CriteriaProfile.defaultProfile());
            assertThat(ctx.getBean(NomineeValidator.class).profile()).isEqualTo(CriteriaProfile.defaultProfile());
            assertThat(ctx.getBean(Reports.class).virtualizerThreshold()).isEqualTo(Reports.defaultVirtualizerThreshold());
            assertThat(ctx.getBean(Reports.class).swapFolder()).isNull();
        });
    }

    @Test
    void propertiesOverrideTheDefaults() {
        runner.withPropertyValues("ghidanh.language=en", "ghidanh.archival=true", "ghidanh.citizen-ids=full",
                "ghidanh.virtualizer-threshold=50", "ghidanh.swap-folder=/tmp/ghidanh-swap",
                "ghidanh.profiles=classpath:profiles/example-province-2023.json",
                "ghidanh.default-profile=example-province-2023").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    GhidanhProperties p = ctx.getBean(GhidanhProperties.class);
                    assertThat(p.renderOptions(Format.PDF).locale()).isEqualTo(Locale.ENGLISH);
                    assertThat(p.renderOptions(Format.PDF).archival()).isTrue();
                    assertThat(p.renderOptions(Format.DOCX).archival()).as("archival is a PDF matter").isFalse();
                    assertThat(p.renderOptions(Format.PDF).showCitizenIds()).isTrue();
                    assertThat(p.localeOr("vi").getLanguage()).isEqualTo("vi");
                    Reports reports = ctx.getBean(Reports.class);
                    assertThat(reports.virtualizerThreshold()).isEqualTo(50);
                    assertThat(reports.swapFolder()).hasToString("/tmp/ghidanh-swap");
                    CriteriaProfiles profiles = ctx.getBean(CriteriaProfiles.class);
                    assertThat(profiles.all()).containsOnlyKeys(CriteriaProfile.DEFAULT_ID, "example-province-2023");
                    assertThat(profiles.defaultProfile().id()).isEqualTo("example-province-2023");
                    assertThat(profiles.forCampaign(null)).containsSame(profiles.defaultProfile());
                    assertThat(profiles.forCampaign(CriteriaProfile.DEFAULT_ID)).contains(CriteriaProfile.defaultProfile());
                    assertThat(profiles.forCampaign("elsewhere")).isEmpty();
                    assertThat(ctx.getBean(NomineeValidator.class).profile().id()).isEqualTo("example-province-2023");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class HostBeans {
        static final Reports REPORTS = Reports.builder().virtualizerThreshold(7).build();

        @Bean
        Reports hostReports() {
            return REPORTS;
        }

        @Bean
        NomineeValidator hostValidator() {
            return NomineeValidator.create().asOf(LocalDate.of(2022, 6, 5));
        }
    }

    @Test
    void theHostsOwnBeansWin() {
        runner.withUserConfiguration(HostBeans.class).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(Reports.class).hasSingleBean(NomineeValidator.class);
            assertThat(ctx.getBean(Reports.class)).isSameAs(HostBeans.REPORTS);
            assertThat(ctx).getBean("hostValidator").isSameAs(ctx.getBean(NomineeValidator.class));
            assertThat(ctx).doesNotHaveBean("ghidanhReports").doesNotHaveBean("ghidanhNomineeValidator")
                    .hasBean("ghidanhCriteriaEngine");
        });
    }

    @Test
    void aNegativeThresholdStopsStartUpNamingTheProperty() {
        runner.withPropertyValues("ghidanh.virtualizer-threshold=-1").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure()))
                    .contains("ghidanh.virtualizer-threshold must be 0 or more rows, not -1")
                    .contains("ghidanh.virtualizer-threshold phải là 0 dòng trở lên");
        });
    }

    @Test
    void anUnsupportedLanguageStopsStartUp() {
        runner.withPropertyValues("ghidanh.language=fr").run(ctx -> assertThat(messages(ctx.getStartupFailure()))
                .contains("ghidanh.language must be vi or en, not \"fr\""));
    }

    @Test
    void anUnknownCitizenIdDisplayStopsStartUp() {
        runner.withPropertyValues("ghidanh.citizen-ids=sometimes").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(messages(ctx.getStartupFailure())).contains("ghidanh").contains("sometimes");
        });
    }

    @Test
    void aBrokenOrMissingProfileFileStopsStartUpNamingTheFile() {
        runner.withPropertyValues("ghidanh.profiles=classpath:profiles/broken.json").run(ctx -> assertThat(
                messages(ctx.getStartupFailure())).contains("ghidanh.profiles: class path resource [profiles/broken.json] is not a valid criteria profile"));
        runner.withPropertyValues("ghidanh.profiles=classpath:profiles/none.json").run(ctx -> assertThat(
                messages(ctx.getStartupFailure())).contains("ghidanh.profiles: class path resource [profiles/none.json] cannot be read"));
        runner.withPropertyValues("ghidanh.default-profile=nowhere").run(ctx -> assertThat(messages(ctx.getStartupFailure()))
                .contains("ghidanh.default-profile: no profile has the id \"nowhere\"; known: " + CriteriaProfile.DEFAULT_ID));
        runner.withPropertyValues("ghidanh.profiles=classpath:profiles/example-province-2023.json,classpath:profiles/example-province-2023.json")
                .run(ctx -> assertThat(messages(ctx.getStartupFailure()))
                        .contains("two profiles have the id \"example-province-2023\""));
    }

    // ---------------------------------------------------------------- the application's Bean Validation

    private static final LocalDate MEETING = LocalDate.of(2022, 6, 5);

    private static Nominee breakingCv1a() {
        return NomineeGenerators.breaking(Choices.random(new Random(3)), "CV-1.a", "n1", "cb-1", MEETING);
    }

    @Test
    void springBootsValidatorSeesEveryNomineeRule() {
        runner.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class)).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            Validator validator = ctx.getBean(Validator.class);
            assertThat(validator.getConstraintsForClass(IndividualNominee.class).isBeanConstrained()).isTrue();
            Set<ConstraintViolation<Nominee>> found = validator.validate(breakingCv1a(), Stages.AtSubmission.class);
            assertThat(found).isNotEmpty();
            // the clause constraint of CV-1.a (subject category) reports through the same message keys as the library
            assertThat(found).anyMatch(v -> v.getMessageTemplate().contains("cv_1_a"));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class HostValidator {
        @Bean
        LocalValidatorFactoryBean hostValidationFactory() {
            return new LocalValidatorFactoryBean();
        }
    }

    @Test
    void theApplicationsOwnValidatorGetsTheRulesToo() {
        runner.withUserConfiguration(HostValidator.class).run(ctx -> {
            Validator validator = ctx.getBean(LocalValidatorFactoryBean.class).getValidator();
            assertThat(validator.getConstraintsForClass(IndividualNominee.class).isBeanConstrained()).isTrue();
            // and NomineeValidator accepts it as a validator that knows the rules
            assertThat(NomineeValidator.create().asOf(MEETING).usingValidator(validator)
                    .validate(breakingCv1a(), io.github.ghidanh.core.validation.Stage.SUBMISSION, Locale.ENGLISH))
                    .anyMatch(v -> "CV-1.a".equals(v.clauseId()));
        });
    }

    @Test
    void registrationCanBeTurnedOff() {
        runner.withUserConfiguration(HostValidator.class).withPropertyValues("ghidanh.register-constraints=false").run(ctx -> {
            Validator validator = ctx.getBean(LocalValidatorFactoryBean.class).getValidator();
            assertThat(validator.getConstraintsForClass(IndividualNominee.class).isBeanConstrained()).isFalse();
        });
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }
}
