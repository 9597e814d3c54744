package io.github.ghidanh.core.criteria;

/**
 * The clause ids of the source letter (see {@code docs/criteria.md}) that the criteria rules cite. Every
 * {@link Reason}, every message key and every class-level constraint refers to one of these.
 */
public final class Clauses {
    private Clauses() {
    }

    /** Subjects: models, collectives, individuals with one or more subject categories. */
    public static final String CV_1_A = "CV-1.a";
    /** Standards: at least one concrete achievement of the taxonomy. */
    public static final String CV_1_B = "CV-1.b";
    /** Models: concrete content, what is new, a field. */
    public static final String CV_1_C = "CV-1.c";
    /** Collectives: change vs the previous period, effect, spread. */
    public static final String CV_1_D = "CV-1.d";
    /** Individuals: concrete results and recognition by the collective. */
    public static final String CV_1_E = "CV-1.e";
    /** Party-member individuals: rated at least the profile's threshold. */
    public static final String CV_1_E_PARTY = "CV-1.e.party";
    /** Heads, cadres and civil servants proposed by an agency: excellent rating and exemplary. */
    public static final String CV_2 = "CV-2";
}
