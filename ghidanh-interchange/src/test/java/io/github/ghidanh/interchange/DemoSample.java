package io.github.ghidanh.interchange;

import io.github.ghidanh.testing.SampleCampaigns;
import java.time.LocalDate;

/** The sample campaign of ghidanh-testing as interchange content, the way the CLI's demo runs it. */
public final class DemoSample {
    private DemoSample() {
    }

    public static Interchange duyenHai2022() {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        return Interchange.ofOutcomes(s.tree(), s.campaign(), s.nominees(), s.submissions(), s.proposedIds(), s.returned(),
                LocalDate.of(2022, 6, 15), "Ban Thường vụ Đảng ủy phường Duyên Hải");
    }
}
