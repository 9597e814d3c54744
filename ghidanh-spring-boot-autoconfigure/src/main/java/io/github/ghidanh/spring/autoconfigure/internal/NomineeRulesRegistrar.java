package io.github.ghidanh.spring.autoconfigure.internal;

import io.github.ghidanh.core.validation.NomineeConstraints;
import java.util.Arrays;
import java.util.Map;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Names {@link NomineeConstraints} as a constraint mapping contributor of every
 * {@link LocalValidatorFactoryBean} of the application (Spring Boot's default validator, or the
 * application's own) before it builds its factory, so that the application's validation sees every
 * nominee rule. The contributor route (a Hibernate Validator property) adds to what the application
 * configured instead of replacing it: its own configuration initializer, mappings and properties stay,
 * and a contributor list it already has is extended. Registered once: a factory that already names
 * the contributor is left alone.
 */
public final class NomineeRulesRegistrar implements BeanPostProcessor {
    private static final String KEY = HibernateValidatorConfiguration.CONSTRAINT_MAPPING_CONTRIBUTORS;
    private static final String CONTRIBUTOR = NomineeConstraints.class.getName();

    /** Created by the auto-configuration. */
    public NomineeRulesRegistrar() {
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof LocalValidatorFactoryBean factory) {
            register(factory.getValidationPropertyMap());
        }
        return bean;
    }

    static void register(Map<String, String> properties) {
        String existing = properties.get(KEY);
        if (existing == null || existing.isBlank()) {
            properties.put(KEY, CONTRIBUTOR);
        } else if (Arrays.stream(existing.split(",")).map(String::trim).noneMatch(CONTRIBUTOR::equals)) {
            properties.put(KEY, existing + "," + CONTRIBUTOR);
        }
    }
}
