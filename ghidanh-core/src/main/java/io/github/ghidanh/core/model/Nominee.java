package io.github.ghidanh.core.model;

import java.util.List;

/**
 * A model, collective or individual put forward for the honour roll (CV-1.a). The hierarchy is
 * closed: a {@code switch} over it needs no default.
 */
public sealed interface Nominee permits ModelNominee, CollectiveNominee, IndividualNominee {

    /** Stable identifier, unique within a campaign. */
    String id();

    /** The organisation (normally a party cell) that evaluates and proposes this nominee. */
    String cellId();

    /** The name as printed: the model's name, the collective's name or the person's full name. */
    String name();

    /** The unit the nominee belongs to or that runs the model; may be null. */
    String unit();

    NomineeKind kind();

    /** Concrete achievements (CV-1.b); never null, possibly empty. */
    List<Achievement> achievements();

    /** The rating, or null when none was given. */
    Assessment assessment();

    /** The rating level, or null. */
    default Rating rating() {
        return assessment() == null ? null : assessment().rating();
    }
}
