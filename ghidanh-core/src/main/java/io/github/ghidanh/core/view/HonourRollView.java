package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.util.List;

/**
 * The honour roll (Sổ ghi danh) of one organisation for one or more campaigns: its entries in
 * number order, corrections included as their own entries.
 *
 * @param context header and signature
 * @param ownerName the organisation that keeps the roll
 * @param campaigns the campaigns covered, in order
 * @param entries the entries, by number
 */
public record HonourRollView(DocumentContext context, String ownerName, List<Campaign> campaigns,
        List<HonourRollEntry> entries) implements DocumentView {

    public HonourRollView {
        ownerName = Args.nfc(ownerName);
        campaigns = Args.list(campaigns);
        entries = Args.list(entries);
    }
}
