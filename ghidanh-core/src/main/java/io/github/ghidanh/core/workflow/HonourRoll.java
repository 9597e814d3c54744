package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.internal.Args;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of one organisation's honour roll (sổ ghi danh): entries numbered 1, 2, 3…
 * without gaps, append-only. A correction is a later entry whose {@code supersedes} names an earlier
 * entry; an entry is superseded at most once. The constructor checks all of this. Immutable and
 * thread-safe; which entries are superseded is worked out once, so {@link #isSuperseded} and
 * {@link #supersededBy} take constant time and {@link #current()} linear time.
 */
public final class HonourRoll {
    private final String ownerId;
    private final List<HonourRollEntry> entries;
    /** supersededBy[n] = number of the entry that supersedes entry n, 0 if none (index 0 unused). */
    private final int[] supersededBy;

    /**
     * @param ownerId the organisation that keeps the roll
     * @param entries the entries, in number order
     * @throws WorkflowException INVALID_ROLL if the entries are not numbered 1, 2, 3…, belong to another
     *         roll, or supersede a later, missing or already superseded entry
     */
    public HonourRoll(String ownerId, List<HonourRollEntry> entries) {
        ownerId = Args.nfc(ownerId);
        if (ownerId == null || ownerId.isBlank()) {
            throw WorkflowException.invalid("workflow.invalid.rollOwner");
        }
        entries = Args.list(entries);
        int[] by = new int[entries.size() + 1];
        BitSet superseded = new BitSet();
        for (int i = 0; i < entries.size(); i++) {
            HonourRollEntry e = entries.get(i);
            if (e.number() != i + 1) {
                throw WorkflowException.of(WorkflowException.INVALID_ROLL, "workflow.roll.numbering", "owner", ownerId,
                        "position", i + 1, "entry", e.number());
            }
            if (!ownerId.equals(e.rollOwnerId())) {
                throw WorkflowException.of(WorkflowException.INVALID_ROLL, "workflow.roll.owner", "entry", e.number(),
                        "entryOwner", e.rollOwnerId(), "owner", ownerId);
            }
            Integer s = e.supersedes();
            if (s != null) {
                if (s < 1 || s >= e.number()) {
                    throw WorkflowException.of(WorkflowException.INVALID_ROLL, "workflow.roll.correctsLater",
                            "entry", e.number(), "corrected", s);
                }
                if (superseded.get(s)) {
                    throw WorkflowException.of(WorkflowException.INVALID_ROLL, "workflow.roll.correctedTwice",
                            "corrected", s, "entry", e.number());
                }
                superseded.set(s);
                by[s] = e.number();
            }
        }
        this.ownerId = ownerId;
        this.entries = entries;
        this.supersededBy = by;
    }

    /** The organisation that keeps the roll. */
    public String ownerId() {
        return ownerId;
    }

    /** Every entry, corrections included, in number order. */
    public List<HonourRollEntry> entries() {
        return entries;
    }

    /** An empty roll. */
    public static HonourRoll empty(String ownerId) {
        return new HonourRoll(ownerId, List.of());
    }

    public int size() {
        return entries.size();
    }

    /** The number the next entry will get. */
    public int nextNumber() {
        return entries.size() + 1;
    }

    /** The entry with that number. */
    public Optional<HonourRollEntry> entry(int number) {
        return number >= 1 && number <= entries.size() ? Optional.of(entries.get(number - 1)) : Optional.empty();
    }

    /** The entry that supersedes entry {@code number}, if any. */
    public Optional<HonourRollEntry> supersededBy(int number) {
        return isSuperseded(number) ? Optional.of(entries.get(supersededBy[number] - 1)) : Optional.empty();
    }

    /** Whether a later entry corrects entry {@code number}. */
    public boolean isSuperseded(int number) {
        // supersededBy has a slot for every number 1…size (and an unused 0)
        return number >= 1 && number < supersededBy.length && supersededBy[number] != 0;
    }

    /** The entries in force: every entry no later entry supersedes, in number order. */
    public List<HonourRollEntry> current() {
        List<HonourRollEntry> out = new ArrayList<>(entries.size());
        for (HonourRollEntry e : entries) {
            if (supersededBy[e.number()] == 0) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** The entries in force made in that campaign, in number order. */
    public List<HonourRollEntry> current(String campaignId) {
        return current().stream().filter(e -> e.campaignId() != null && e.campaignId().equals(campaignId)).toList();
    }

    /** Every entry (corrections included) made in that campaign, in number order. */
    public List<HonourRollEntry> entries(String campaignId) {
        return entries.stream().filter(e -> e.campaignId() != null && e.campaignId().equals(campaignId)).toList();
    }

    /** A new roll with {@code entry} appended; the entry must carry {@link #nextNumber()}. Copies the list. */
    public HonourRoll append(HonourRollEntry entry) {
        List<HonourRollEntry> copy = new ArrayList<>(entries);
        copy.add(entry);
        return new HonourRoll(ownerId, copy);
    }

    /** A roll from entries given in any collection order; they are checked as they are. */
    public static HonourRoll of(String ownerId, Collection<HonourRollEntry> entries) {
        return new HonourRoll(ownerId, entries == null ? List.of() : new ArrayList<>(entries));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HonourRoll r && r.ownerId.equals(ownerId) && r.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownerId, entries);
    }

    @Override
    public String toString() {
        return "HonourRoll[" + ownerId + ", " + entries.size() + " entries]";
    }
}
