package io.github.ghidanh.server.internal;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.validation.NomineeValidator;
import io.github.ghidanh.core.validation.Stage;
import io.github.ghidanh.core.validation.Violation;
import io.github.ghidanh.interchange.CellSubmission;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.Interchange;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.JsonInterchange;
import io.github.ghidanh.interchange.run.CampaignRun;
import io.github.ghidanh.interchange.run.NomineeEvaluations;
import io.github.ghidanh.interchange.spreadsheet.NomineeSheetReader;
import io.github.ghidanh.interchange.spreadsheet.SheetImport;
import io.github.ghidanh.server.ServerSettings;
import io.github.ghidanh.spring.autoconfigure.CriteriaProfiles;
import io.github.ghidanh.testing.SampleCampaigns;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into a campaign: an interchange file as it is, or a nominee sheet merged into the
 * configured campaign (its organisations, campaign and cell submissions; the sheet's rows become the
 * nominees of one cell). Checks it as the command line's validate does.
 */
@Component
public class Campaigns {
    /** The date and reviewer of the bundled sample's answers, as the command line's demo uses them. */
    private static final LocalDate SAMPLE_REVIEW_DATE = LocalDate.of(2022, 6, 15);
    private static final String SAMPLE_REVIEWER = "Ban Thường vụ Đảng ủy phường Duyên Hải";

    private final Interchange base;
    private final CriteriaProfiles profiles;
    private final NomineeValidator validator;

    public Campaigns(ServerSettings settings, CriteriaProfiles profiles, NomineeValidator validator) throws IOException {
        this.profiles = profiles;
        this.validator = validator;
        if (settings.campaign() == null) {
            this.base = sample();
        } else {
            try (InputStream in = settings.campaign().getInputStream()) {
                this.base = JsonInterchange.read(in, settings.campaign().getFilename()).content();
            }
        }
    }

    /** The bundled sample campaign (Duyên Hải, 2022), the same content as the command line's demo file. */
    public static Interchange sample() {
        SampleCampaigns.Sample s = SampleCampaigns.duyenHai2022();
        return Interchange.ofOutcomes(s.tree(), s.campaign(), s.nominees(), s.submissions(), s.proposedIds(), s.returned(),
                SAMPLE_REVIEW_DATE, SAMPLE_REVIEWER);
    }

    /** The configured campaign a sheet is merged into. */
    public Interchange base() {
        return base;
    }

    /** The cells a sheet may be merged into: the children of the campaign's issuer. */
    public List<Organisation> cells() {
        return base.organisations().children(base.campaign().issuerId());
    }

    /** What an upload became, with every problem found while reading it. */
    public record Loaded(Interchange content, List<Map<String, Object>> readProblems, JsonInterchange.ReadResult json,
            SheetImport sheet) {
        public boolean hasReadProblems() {
            return !readProblems.isEmpty();
        }
    }

    public Loaded load(Upload upload, String cell, Locale locale) {
        if (!upload.sheet()) {
            JsonInterchange.ReadResult r;
            try {
                r = JsonInterchange.read(upload.bytes(), upload.fileName());
            } catch (InterchangeException e) {
                throw unreadable(e, locale);
            }
            List<Map<String, Object>> problems = new ArrayList<>();
            for (ImportProblem p : r.problems()) {
                problems.add(problem(p, locale));
            }
            return new Loaded(r.content(), problems, r, null);
        }
        String cellId = cell != null && !cell.isBlank() ? cell : defaultCell();
        if (base.organisations().find(cellId).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-organisation", Msg.get(locale, "detail.unknown-organisation", cellId));
        }
        SheetImport sheet;
        try {
            sheet = NomineeSheetReader.of(cellId, base.organisations()).read(upload.bytes(), upload.fileName());
        } catch (InterchangeException e) {
            throw unreadable(e, locale);
        }
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem p : sheet.problems()) {
            problems.add(problem(p, locale));
        }
        // the sheet's nominees replace the campaign's; each cell that submitted records every eligible one
        List<CellSubmission> submissions = new ArrayList<>();
        for (CellSubmission s : base.submissions()) {
            submissions.add(new CellSubmission(s.cellId(), s.submittedOn(), s.submittedBy(), null, List.of()));
        }
        Interchange merged = new Interchange(base.organisations(), base.campaign(), sheet.nominees(), submissions, List.of());
        return new Loaded(merged, problems, null, sheet);
    }

    private String defaultCell() {
        for (CellSubmission s : base.submissions()) {
            return s.cellId();
        }
        List<Organisation> cells = cells();
        return cells.isEmpty() ? base.campaign().issuerId() : cells.get(0).id();
    }

    /** The profile of the campaign: the one it names, if the service knows it. */
    public CriteriaProfile profile(Interchange in, Locale locale) {
        String id = in.campaign().criteriaProfileId();
        return profiles.forCampaign(id).orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-profile",
                Msg.get(locale, "detail.unknown-profile", id, String.join(", ", profiles.all().keySet()))));
    }

    /** The problems of reading and every violation of the validator, as the command line's validate lists them. */
    public List<Map<String, Object>> check(Loaded loaded, Locale locale) {
        List<Map<String, Object>> out = new ArrayList<>(loaded.readProblems());
        Interchange in = loaded.content();
        NomineeValidator base = validator.withProfile(profile(in, locale));
        Map<LocalDate, NomineeValidator> byDate = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        if (loaded.sheet() != null) {
            for (SheetImport.Accepted a : loaded.sheet().accepted()) {
                rows.put(a.nominee().id(), a.row());
            }
        }
        for (Nominee n : in.nominees()) {
            LocalDate on = NomineeEvaluations.evaluationDate(in, n.cellId());
            NomineeValidator v = byDate.computeIfAbsent(on, base::asOf);
            for (Violation violation : v.validate(n, Stage.SUBMISSION, locale)) {
                Map<String, Object> p = new LinkedHashMap<>();
                String field = violation.path() == null ? "" : violation.path();
                if (loaded.json() != null) {
                    p.put("path", "nominees[" + loaded.json().indexOf(n.id()) + "]" + (field.isEmpty() ? "" : "." + field));
                    p.put("row", null);
                    p.put("column", null);
                } else {
                    p.put("path", field.isEmpty() ? null : field);
                    p.put("row", rows.get(n.id()));
                    p.put("column", field.isEmpty() ? null : field);
                }
                p.put("clause", violation.clauseId());
                p.put("code", violation.messageKey());
                p.put("message", violation.message());
                p.put("nominee", n.id());
                out.add(p);
            }
        }
        return out;
    }

    /** The campaign run: the workflow of the content, under its profile. */
    public CampaignRun run(Loaded loaded, Locale locale) {
        return CampaignRun.of(loaded.content(), profile(loaded.content(), locale));
    }

    static Map<String, Object> problem(ImportProblem p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean sheet = p.row() != null;
        m.put("path", sheet ? null : p.location());
        m.put("row", p.row());
        m.put("column", sheet ? p.location() : null);
        m.put("clause", null);
        m.put("code", p.code());
        m.put("message", p.message(locale));
        m.put("nominee", null);
        return m;
    }

    private static ApiException unreadable(InterchangeException e, Locale locale) {
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImportProblem p : e.problems()) {
            problems.add(problem(p, locale));
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "unreadable-input", e.message(locale), problems, -1);
    }
}
