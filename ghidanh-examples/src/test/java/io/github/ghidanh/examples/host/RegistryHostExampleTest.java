package io.github.ghidanh.examples.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.cli.Pdfs;
import io.github.ghidanh.cli.internal.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "other system": a party-member registry on H2, read over JDBC, evaluated and rendered. */
class RegistryHostExampleTest {

    @Test
    void theRegistryRowsBecomeNomineesWithTheHostsMapping() throws Exception {
        try (PartyMemberRegistry registry = PartyMemberRegistry.startWithSampleData()) {
            var in = RegistryHost.load(registry.connection(), "DU-BC");
            assertThat(in.organisations().children("DU-BC")).extracting(o -> o.id(), o -> o.supervisor())
                    .containsExactly(tuple("CB-TDP5", "Lê Thị Bích Ngọc"), tuple("CB-YTE", "Nông Văn Dũng"));
            assertThat(in.nominees()).extracting(Nominee::id)
                    .containsExactly("DV-0501", "DV-0502", "DV-0503", "DV-0901", "DV-0902", "DV-0903");
            IndividualNominee lan = (IndividualNominee) in.nominees().get(3);
            assertThat(lan.categories()).containsExactly(SubjectCategory.DANG_VIEN, SubjectCategory.VIEN_CHUC);
            assertThat(lan.head()).isTrue();
            assertThat(lan.proposedByAgency()).isTrue();
            assertThat(lan.recognition().votesFor()).isEqualTo(11);
            assertThat(lan.recognition().votesTotal()).isEqualTo(11);
            // the registry's pre-2020 wording, mapped by the documented table
            assertThat(in.nominees().get(4).rating()).isEqualTo(Rating.HTNV);
            assertThat(in.submissions()).extracting(s -> s.cellId(), s -> s.submittedOn().toString(), s -> s.proposed())
                    .containsExactly(tuple("CB-TDP5", "2025-12-07", java.util.List.of("DV-0501", "DV-0502")),
                            tuple("CB-YTE", "2025-12-10", java.util.List.of("DV-0901")));
        }
    }

    @Test
    void itEvaluatesRunsTheWorkflowAndRendersTheCellsDocuments(@TempDir Path out) throws Exception {
        StringWriter w = new StringWriter();
        RegistryHostExample.Result r = RegistryHostExample.run(out, Messages.VI, new PrintWriter(w, true));

        // by hand: the two party members rated below HTXSNV break CV-1.e.party; the others meet the criteria
        assertThat(r.run().decisions().values()).filteredOn(d -> !d.eligible()).extracting(Decision::nomineeId)
                .containsExactly("DV-0503", "DV-0902");
        assertThat(r.run().decisions().get("DV-0503").cites("CV-1.e.party")).isTrue();
        assertThat(r.run().decisions().get("DV-0902").cites("CV-1.e.party")).isTrue();
        assertThat(r.run().problems()).isEmpty();
        // recorded: 0501, 0502 (TDP5) and 0901, 0903 (Y tế); proposed and accepted: 0501, 0502, 0901
        assertThat(r.run().totals()).isEqualTo(new io.github.ghidanh.interchange.run.CampaignRun.Totals(6, 4, 4, 3, 3, 0));

        assertThat(r.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "bao-cao-cb-tdp5.pdf", "danh-sach-de-nghi-cb-tdp5.pdf", "so-ghi-danh-cb-tdp5.pdf", "tong-hop-du-bc.pdf");
        Pdfs.Read report = Pdfs.read(r.files().get(0));
        assertThat(report.pages()).isPositive();
        assertThat(report.text()).contains("CHI BỘ TỔ DÂN PHỐ SỐ 5", "Trần Văn Khoa");
        assertThat(Pdfs.read(r.files().get(2)).text()).contains("Vũ Thị Thanh Hương").doesNotContain("Lục Văn Quân");
        assertThat(Pdfs.read(r.files().get(3)).text()).contains("Lê Thị Bích Ngọc", "Nông Văn Dũng");
        assertThat(w.toString()).contains("DV-0503 Lục Văn Quân: —", "[CV-1.e.party]");
    }
}
