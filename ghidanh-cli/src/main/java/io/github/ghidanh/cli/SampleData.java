package io.github.ghidanh.cli;

import io.github.ghidanh.testing.SampleCampaigns;
import io.github.ghidanh.interchange.Interchange;
import java.time.LocalDate;

/**
 * The bundled sample ({@link SampleCampaigns#duyenHai2022()}) as interchange content: every cell that
 * submitted records all its eligible nominees and proposes the sample's proposals; the ward accepts
 * every proposal except the sample's returned ones.
 */
public final class SampleData {
    /** The date the ward answers the proposals in the sample. */
    public static final LocalDate REVIEW_DATE = LocalDate.of(2022, 6, 15);
    /** Who answers them. */
    public static final String REVIEWER = "Ban Thường vụ Đảng ủy phường Duyên Hải";

    private SampleData() {
    }

    public static Interchange duyenHai2022() {
        return of(SampleCampaigns.duyenHai2022());
    }

    public static Interchange of(SampleCampaigns.Sample s) {
        return Interchange.ofOutcomes(s.tree(), s.campaign(), s.nominees(), s.submissions(), s.proposedIds(), s.returned(),
                REVIEW_DATE, REVIEWER);
    }
}
