package io.github.ghidanh.core.workflow;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Nominee;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One numbered, append-only entry of an organisation's honour roll (sổ ghi danh). A correction is a
 * new entry whose {@code supersedes} names the number it replaces; entries are never edited.
 *
 * @param number the entry number in its roll, from 1, gapless
 * @param rollOwnerId the organisation that keeps the roll
 * @param campaignId the campaign the entry was made in
 * @param date the date of recording
 * @param nominee the nominee as recorded
 * @param level the level at which the nominee is recorded, e.g. "Chi bộ", "Đảng ủy phường"
 * @param decision the recognising decision or meeting, e.g. "Nghị quyết chi bộ ngày 05/6/2022"; may be null
 * @param supersedes the number of the entry this one corrects, or null
 * @param sourceRollOwnerId for an entry accepted from a lower level: the cell whose entry it came from, else null
 * @param sourceEntryNumber for an entry accepted from a lower level: that entry's number, else null
 * @param correctionReason why a correcting entry was made; null otherwise
 * @param recordedBy who made the entry
 * @param recordedAt when the entry was made
 */
public record HonourRollEntry(int number, String rollOwnerId, String campaignId, LocalDate date, Nominee nominee,
        String level, String decision, Integer supersedes, String sourceRollOwnerId, Integer sourceEntryNumber,
        String correctionReason, String recordedBy, Instant recordedAt) {

    public HonourRollEntry {
        rollOwnerId = Args.nfc(rollOwnerId);
        campaignId = Args.nfc(campaignId);
        level = Args.nfc(level);
        decision = Args.nfc(decision);
        sourceRollOwnerId = Args.nfc(sourceRollOwnerId);
        correctionReason = Args.nfc(correctionReason);
        recordedBy = Args.nfc(recordedBy);
    }
}
