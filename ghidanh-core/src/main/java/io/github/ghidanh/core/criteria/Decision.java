package io.github.ghidanh.core.criteria;

import java.util.List;

/**
 * The result of evaluating one nominee against a criteria profile: eligible, or not with every
 * reason (each citing its clause).
 *
 * @param nomineeId the nominee's id
 * @param profileId the profile applied
 * @param reasons every reason the nominee is not eligible, in the profile's rule order; empty when eligible
 */
public record Decision(String nomineeId, String profileId, List<Reason> reasons) {
    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    /** Whether some reason cites the clause. */
    public boolean cites(String clauseId) {
        return reasons.stream().anyMatch(r -> r.clauseId().equals(clauseId));
    }
}
