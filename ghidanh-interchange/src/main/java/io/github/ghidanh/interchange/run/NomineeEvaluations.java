package io.github.ghidanh.interchange.run;

import io.github.ghidanh.core.criteria.CriteriaEngine;
import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.criteria.Decision;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.CellSubmission;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The criteria decisions of every nominee of an interchange file. */
public final class NomineeEvaluations {
    private NomineeEvaluations() {
    }

    /**
     * The date a cell's nominees are evaluated on: its submission date; when the cell has not
     * submitted, the deadline or, if later, the cell's latest recognition meeting (a meeting is the
     * evaluation, so it cannot come after it).
     */
    public static LocalDate evaluationDate(Interchange in, String cellId) {
        for (CellSubmission s : in.submissions()) {
            if (s.cellId().equals(cellId)) {
                return s.submittedOn();
            }
        }
        LocalDate d = in.campaign().deadline().date();
        for (Nominee n : in.nominees()) {
            if (n.cellId().equals(cellId) && n instanceof IndividualNominee i && i.recognition() != null
                    && i.recognition().meetingDate() != null && i.recognition().meetingDate().isAfter(d)) {
                d = i.recognition().meetingDate();
            }
        }
        return d;
    }

    /** Every nominee's decision, by nominee id, in file order. */
    public static Map<String, Decision> evaluate(Interchange in, CriteriaProfile profile) {
        CriteriaEngine engine = CriteriaEngine.create();
        Map<String, Decision> out = new LinkedHashMap<>();
        for (Nominee n : in.nominees()) {
            out.put(n.id(), engine.evaluate(n, profile, in.campaign(), evaluationDate(in, n.cellId())));
        }
        return Collections.unmodifiableMap(out);
    }
}
