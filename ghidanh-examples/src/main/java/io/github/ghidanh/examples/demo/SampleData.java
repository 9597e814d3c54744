package io.github.ghidanh.examples.demo;

import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.testing.SampleCampaigns;
import io.github.ghidanh.examples.interchange.Interchange;
import io.github.ghidanh.examples.interchange.Review;
import io.github.ghidanh.examples.interchange.Submission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Submission> submissions = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : s.submissions().entrySet()) {
            String cell = e.getKey();
            List<String> proposed = s.nomineesOf(cell).stream().map(Nominee::id).filter(s.proposedIds()::contains).toList();
            submissions.add(new Submission(cell, e.getValue(), null, null, proposed));
            for (String id : proposed) {
                String reason = s.returned().get(id);
                reviews.add(reason == null
                        ? new Review(id, Review.Outcome.ACCEPT, null, REVIEW_DATE, REVIEWER)
                        : new Review(id, Review.Outcome.RETURN, reason, REVIEW_DATE, REVIEWER));
            }
        }
        return new Interchange(s.tree(), s.campaign(), s.nominees(), submissions, reviews);
    }
}
