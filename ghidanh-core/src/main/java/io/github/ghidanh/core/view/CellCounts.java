package io.github.ghidanh.core.view;

import io.github.ghidanh.core.model.SubjectCategory;
import java.util.Map;

/**
 * Counts of one cell (or the totals) for a campaign.
 *
 * @param evaluated nominees evaluated
 * @param eligible nominees found eligible
 * @param recorded entries recorded in the cell's own roll
 * @param proposed nominees proposed to the level above
 * @param accepted proposals accepted by the level above
 * @param returned proposals returned by the level above
 * @param models recorded models
 * @param collectives recorded collectives
 * @param individuals recorded individuals
 * @param individualsByCategory recorded individuals per subject category (an individual counts once in each of its
 *        categories, so these may add up to more than {@code individuals}: a breakdown, "trong đó")
 * @param keyLeadersOrHeads recorded individuals who are key leaders or heads of a unit (CV-1.a,
 *        {@link io.github.ghidanh.core.model.IndividualNominee#isLeaderOrHead()})
 * @param women recorded individuals whose sex is {@link io.github.ghidanh.core.model.Sex#FEMALE}
 * @param ethnicMinority recorded individuals of an ethnic minority
 *        ({@link io.github.ghidanh.core.model.IndividualNominee#isEthnicMinority()})
 */
public record CellCounts(int evaluated, int eligible, int recorded, int proposed, int accepted, int returned,
        int models, int collectives, int individuals, Map<SubjectCategory, Integer> individualsByCategory,
        int keyLeadersOrHeads, int women, int ethnicMinority) {

    public CellCounts {
        individualsByCategory = individualsByCategory == null ? Map.of() : Map.copyOf(individualsByCategory);
    }

    /** The count for a category, 0 if absent. */
    public int individuals(SubjectCategory c) {
        return individualsByCategory.getOrDefault(c, 0);
    }
}
