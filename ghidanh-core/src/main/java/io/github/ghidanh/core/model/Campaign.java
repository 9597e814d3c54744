package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.Args;
import io.github.ghidanh.core.internal.CoreMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A campaign (đợt ghi danh): who opens it, for which period, on which legal bases, under which
 * criteria profile, with which deadline and receiving office, and to whom the directive letter goes
 * (CV-0, CV-4).
 *
 * @param id stable identifier
 * @param issuerId the id of the issuing organisation (in the campaign's organisation tree)
 * @param period the period evaluated (CV-0.purpose)
 * @param legalBases the documents the campaign carries out (CV-0.basis)
 * @param criteriaProfileId the id of the criteria profile in force
 * @param deadline the submission deadline (CV-4)
 * @param receivingOffice the office that receives reports, e.g. "Văn phòng Đảng ủy" (CV-4)
 * @param subject the "V/v" line of the directive letter
 * @param recipients the "Kính gửi" recipients of the directive letter, in order
 * @param copyTo the "Nơi nhận" list of the directive letter, in order
 * @param documentNumber the number of the directive letter once registered, e.g. "12"; null or blank until then
 * @param issueDate the date of the directive letter
 * @param preamble the narrative opening of the directive letter (what was done before, why); null for a generated one
 */
public record Campaign(String id, String issuerId, CampaignPeriod period, List<LegalBasis> legalBases, String criteriaProfileId,
        Deadline deadline, String receivingOffice, String subject, List<String> recipients, List<String> copyTo,
        String documentNumber, LocalDate issueDate, String preamble) {

    public Campaign {
        id = Args.required(Args.nfc(id), f -> ModelException.required("Campaign", f), "id");
        issuerId = Args.required(Args.nfc(issuerId), f -> ModelException.required("Campaign", f), "issuerId");
        period = Args.required(period, f -> ModelException.required("Campaign", f), "period");
        deadline = Args.required(deadline, f -> ModelException.required("Campaign", f), "deadline");
        issueDate = Args.required(issueDate, f -> ModelException.required("Campaign", f), "issueDate");
        legalBases = Args.list(legalBases);
        criteriaProfileId = Args.nfc(criteriaProfileId);
        receivingOffice = Args.nfc(receivingOffice);
        subject = Args.nfc(subject);
        recipients = Args.nfcList(recipients);
        copyTo = Args.nfcList(copyTo);
        documentNumber = Args.nfc(documentNumber);
        preamble = Args.nfc(preamble);
        if (deadline.date().isBefore(period.start())) {
            throw new ModelException("campaign.deadlineBeforeStart",
                    CoreMessages.of("model.campaign.deadlineBeforeStart", "deadline", deadline.date(), "campaign", id,
                            "start", period.start()));
        }
        if (deadline.date().isBefore(issueDate)) {
            throw new ModelException("campaign.deadlineBeforeIssue",
                    CoreMessages.of("model.campaign.deadlineBeforeIssue", "deadline", deadline.date(), "campaign", id,
                            "issueDate", issueDate));
        }
    }

    public static Builder builder(String id, String issuerId) {
        return new Builder(id, issuerId);
    }

    public static final class Builder {
        private final String id;
        private final String issuerId;
        private CampaignPeriod period;
        private final List<LegalBasis> legalBases = new ArrayList<>();
        private String criteriaProfileId;
        private Deadline deadline;
        private String receivingOffice;
        private String subject;
        private final List<String> recipients = new ArrayList<>();
        private final List<String> copyTo = new ArrayList<>();
        private String documentNumber;
        private LocalDate issueDate;
        private String preamble;

        private Builder(String id, String issuerId) {
            this.id = id;
            this.issuerId = issuerId;
        }

        public Builder period(CampaignPeriod v) { this.period = v; return this; }
        public Builder legalBasis(LegalBasis v) { this.legalBases.add(v); return this; }
        public Builder legalBases(Collection<LegalBasis> v) { this.legalBases.clear(); if (v != null) { this.legalBases.addAll(v); } return this; }
        public Builder criteriaProfileId(String v) { this.criteriaProfileId = v; return this; }
        public Builder deadline(Deadline v) { this.deadline = v; return this; }
        public Builder receivingOffice(String v) { this.receivingOffice = v; return this; }
        public Builder subject(String v) { this.subject = v; return this; }
        public Builder recipient(String v) { this.recipients.add(v); return this; }
        public Builder recipients(Collection<String> v) { this.recipients.clear(); if (v != null) { this.recipients.addAll(v); } return this; }
        public Builder copyTo(String v) { this.copyTo.add(v); return this; }
        public Builder copyTos(Collection<String> v) { this.copyTo.clear(); if (v != null) { this.copyTo.addAll(v); } return this; }
        public Builder documentNumber(String v) { this.documentNumber = v; return this; }
        public Builder issueDate(LocalDate v) { this.issueDate = v; return this; }
        public Builder preamble(String v) { this.preamble = v; return this; }

        public Campaign build() {
            return new Campaign(id, issuerId, period, legalBases, criteriaProfileId, deadline, receivingOffice, subject,
                    recipients, copyTo, documentNumber, issueDate, preamble);
        }
    }
}
