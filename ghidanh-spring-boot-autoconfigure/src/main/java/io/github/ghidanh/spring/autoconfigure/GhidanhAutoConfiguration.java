package io.github.ghidanh.spring.autoconfigure;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.report.Reports;
import io.github.ghidanh.spring.autoconfigure.internal.NomineeRulesRegistrar;
import io.github.ghidanh.spring.autoconfigure.internal.StartupMessages;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of ghidanh: {@link Reports}, {@link NomineeValidator}, {@link CriteriaEngine} and
 * {@link CriteriaProfiles} as beans (each only when the application defines none of its own), set up
 * from {@link GhidanhProperties}; and, when the application has a Bean Validation validator built by
 * Spring ({@code LocalValidatorFactoryBean}, as Spring Boot's own), the nominee rules registered with it.
 */
@AutoConfiguration
@EnableConfigurationProperties(GhidanhProperties.class)
public class GhidanhAutoConfiguration {

    /** Created by Spring. */
    public GhidanhAutoConfiguration() {
    }

    /**
     * The criteria profiles: the built-in one and every file of {@code ghidanh.profiles}.
     *
     * @param properties the {@code ghidanh.*} properties
     * @return the profiles by id
     */
    @Bean
    @ConditionalOnMissingBean
    public CriteriaProfiles ghidanhCriteriaProfiles(GhidanhProperties properties) {
        List<CriteriaProfile> loaded = new ArrayList<>();
        for (Resource r : properties.profiles()) {
            try (InputStream in = r.getInputStream()) {
                loaded.add(CriteriaProfile.fromJson(in));
            } catch (IOException e) {
                throw new IllegalStateException(StartupMessages.format("profiles.unreadable", r.getDescription(), e.getMessage()), e);
            } catch (io.github.ghidanh.core.GhidanhException e) {
                throw new IllegalStateException(StartupMessages.format("profiles.invalid", r.getDescription(),
                        e.messageEn()), e);
            }
        }
        return CriteriaProfiles.of(loaded, properties.defaultProfile());
    }

    /**
     * The renderer, with the virtualizer threshold and swap folder of the properties.
     *
     * @param properties the {@code ghidanh.*} properties
     * @return the shared, thread-safe renderer
     */
    @Bean
    @ConditionalOnMissingBean
    public Reports ghidanhReports(GhidanhProperties properties) {
        Reports.Builder b = Reports.builder();
        if (properties.virtualizerThreshold() != null) {
            b.virtualizerThreshold(properties.virtualizerThreshold());
        }
        if (properties.swapFolder() != null) {
            b.swapFolder(properties.swapFolder());
        }
        return b.build();
    }

    /**
     * The nominee validator, applying the default profile.
     *
     * @param profiles the known profiles
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public NomineeValidator ghidanhNomineeValidator(CriteriaProfiles profiles) {
        return NomineeValidator.create().withProfile(profiles.defaultProfile());
    }

    /**
     * The criteria engine.
     *
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public CriteriaEngine ghidanhCriteriaEngine() {
        return CriteriaEngine.create();
    }

    /** The nominee rules for the application's own Bean Validation, when Spring's validator support is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.validation.beanvalidation.LocalValidatorFactoryBean",
            "org.hibernate.validator.HibernateValidatorConfiguration"})
    @ConditionalOnBooleanProperty(name = "ghidanh.register-constraints", matchIfMissing = true)
    static class BeanValidationRules {
        @Bean
        static NomineeRulesRegistrar ghidanhNomineeRulesRegistrar() {
            return new NomineeRulesRegistrar();
        }
    }
}
