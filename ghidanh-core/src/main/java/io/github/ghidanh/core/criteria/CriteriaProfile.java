package io.github.ghidanh.core.criteria;

/**
 * A criteria profile: an ordered set of rules with their clause ids, applicability and parameters.
 * STUB: the rules helper replaces this with the full type; {@link #id()} and {@link #defaultProfile()} stay.
 */
public final class CriteriaProfile {
    private final String id;

    private CriteriaProfile(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The profile of the source letter (Duyên Hải ward, Lào Cai, first half of 2022). */
    public static CriteriaProfile defaultProfile() {
        return new CriteriaProfile("lao-cai-duyen-hai-2022-h1");
    }
}
