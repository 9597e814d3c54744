package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import java.util.List;

/**
 * Certificates (Giấy chứng nhận ghi danh): one page per honouree, many in one file.
 *
 * @param context header and signature (the issuing organisation)
 * @param campaign the campaign
 * @param entries one certificate per entry, in order
 * @param ownerName the name of the organisation whose honour roll holds the entries, e.g. "Đảng ủy
 *     phường Duyên Hải"; may be null
 */
public record CertificatesView(DocumentContext context, Campaign campaign, List<HonourRollEntry> entries, String ownerName)
        implements DocumentView {
    public CertificatesView {
        entries = Args.list(entries);
        ownerName = Args.nfc(ownerName);
    }

    /** Certificates whose roll's owner is not named. */
    public CertificatesView(DocumentContext context, Campaign campaign, List<HonourRollEntry> entries) {
        this(context, campaign, entries, null);
    }
}
