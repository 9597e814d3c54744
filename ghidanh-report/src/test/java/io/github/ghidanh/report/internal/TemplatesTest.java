package io.github.ghidanh.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.report.DocumentType;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The build step compiled every default layout to .jasper and wrote the sRGB profile. */
class TemplatesTest {
    @Test
    void everyDefaultLayoutIsPrecompiledInBothFormats() throws IOException {
        for (DocumentType t : DocumentType.values()) {
            for (OrganisationKind f : OrganisationKind.values()) {
                String path = Templates.RESOURCE_DIR + Templates.baseName(t, f) + ".jasper";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                    assertThat(in).as(path).isNotNull();
                }
            }
        }
        assertThat(Templates.baseName(DocumentType.HONOUR_ROLL, OrganisationKind.PARTY)).isEqualTo("honour_roll-party");
    }

    @Test
    void theOutputIntentIsTheJdksSrgbProfile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Engine.ICC_RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
    }
}
