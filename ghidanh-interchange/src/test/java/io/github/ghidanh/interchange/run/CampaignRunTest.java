package io.github.ghidanh.interchange.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.Recognition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text of the cell's recording resolution: the cell's name as written, dated on the recognising meeting. */
class CampaignRunTest {
    final Organisation cell = Organisation.builder("cb1", OrganisationKind.PARTY).name("Chi bộ Tổ dân phố số 1")
            .parentId("du").build();

    @Test
    void theResolutionIsDatedOnTheMeetingThatTookIt() {
        IndividualNominee n = IndividualNominee.builder("i1", "cb1").name("Nguyễn Văn An")
                .recognition(new Recognition(LocalDate.of(2022, 6, 3), "Hội nghị chi bộ", 20, 22)).build();
        assertThat(CampaignRun.resolution(cell, n, LocalDate.of(2022, 6, 8)))
                .isEqualTo("Nghị quyết của Chi bộ Tổ dân phố số 1 ngày 03/06/2022");
        // no meeting date (a model, or a meeting not yet held): the evaluation date
        assertThat(CampaignRun.resolution(cell, ModelNominee.builder("m1", "cb1").build(), LocalDate.of(2022, 6, 8)))
                .isEqualTo("Nghị quyết của Chi bộ Tổ dân phố số 1 ngày 08/06/2022");
    }
}
