package io.github.ghidanh.spring.autoconfigure;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.report.Format;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.spring.autoconfigure.internal.StartupMessages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The {@code ghidanh.*} properties of a Spring Boot application. Every value is checked when the
 * application starts: a bad one stops it with a message that names the property.
 *
 * @param language the language of documents and messages when a call names none: vi (the
 *        default) or en
 * @param archival whether PDF documents are archival PDF/A-1a unless a call says otherwise
 * @param profiles criteria profile files (JSON, docs/criteria.md) to load besides the built-in profile
 *        of the letter, e.g. classpath:profiles/tinh-2023.json or file:/etc/ghidanh/p.json
 * @param defaultProfile the id of the profile used when a campaign names none; the built-in one by default
 * @param citizenIds how a chosen citizen-ID column prints the numbers: masked (the default, as
 *        personal data should be) or full, only where the recipient may see them
 * @param virtualizerThreshold body rows above which a document is filled with swap files on disk;
 *        unset: the renderer's default for the heap (at least 2,000)
 * @param swapFolder the folder under which the renderer makes a private folder for its swap files;
 *        unset: the system's temporary folder
 * @param registerConstraints whether ghidanh's nominee rules are registered with the application's own
 *        Bean Validation validator (a LocalValidatorFactoryBean, such as Spring Boot's)
 */
@ConfigurationProperties(prefix = "ghidanh")
public record GhidanhProperties(
        @DefaultValue("vi") Locale language,
        @DefaultValue("false") boolean archival,
        List<Resource> profiles,
        @DefaultValue(CriteriaProfile.DEFAULT_ID) String defaultProfile,
        @DefaultValue("masked") CitizenIdDisplay citizenIds,
        Integer virtualizerThreshold,
        Path swapFolder,
        @DefaultValue("true") boolean registerConstraints) {

    /** How citizen IDs are printed in the documents that show them. */
    public enum CitizenIdDisplay {
        /** "0010******45": the default. */
        MASKED,
        /** Every digit: only where the law allows the recipient to see them. */
        FULL
    }

    /**
     * Checks every value.
     *
     * @throws IllegalArgumentException naming the property and what it accepts
     */
    public GhidanhProperties {
        Objects.requireNonNull(language, "language");
        String lang = language.getLanguage();
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new IllegalArgumentException(StartupMessages.format("property.language", language.toLanguageTag()));
        }
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        if (virtualizerThreshold != null && virtualizerThreshold < 0) {
            throw new IllegalArgumentException(StartupMessages.format("property.threshold", virtualizerThreshold));
        }
        if (defaultProfile == null || defaultProfile.isBlank()) {
            throw new IllegalArgumentException(StartupMessages.format("property.defaultProfile"));
        }
    }

    /** The language to render and report in: {@code lang} when given (vi or en), else {@link #language()}. */
    public Locale localeOr(String lang) {
        if (lang == null || lang.isBlank()) {
            return language.getLanguage().equals("en") ? Locale.ENGLISH : RenderOptions.VIETNAMESE;
        }
        return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : RenderOptions.VIETNAMESE;
    }

    /**
     * The render options these properties give for {@code format}: the language, archival PDF (PDF
     * only) and the citizen-ID display; a caller may change them with {@code toBuilder()}.
     */
    public RenderOptions renderOptions(Format format) {
        return RenderOptions.builder(format).locale(localeOr(null))
                .archival(archival && format == Format.PDF)
                .showCitizenIds(citizenIds == CitizenIdDisplay.FULL).build();
    }
}
