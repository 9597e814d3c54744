package io.github.ghidanh.interchange;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.Deadline;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.LegalBasis;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationKind;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.CampaignPeriod;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.Signatory;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the JSON interchange format of docs/json-format.md (format id
 * {@value #FORMAT}). Reading never stops at the first problem: every bad value is reported as an
 * {@link ImportProblem} naming its path (e.g. {@code nominees[3].assessment.rating}), records with
 * problems are left out, and good records are kept. Only a file that cannot be read at all (missing,
 * not JSON, not an object, no usable organisations or campaign) throws {@link InterchangeException}.
 *
 * <p>Thread-safe; the model classes stay free of Jackson annotations (the mapping is explicit here).
 */
public final class JsonInterchange {
    /** The format identifier written in the {@code "format"} field. */
    public static final String FORMAT = "ghidanh-interchange/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonInterchange() {
    }

    /** The result of reading: the usable content and every problem found. */
    public record ReadResult(Interchange content, List<ImportProblem> problems, java.util.Map<String, Integer> nomineeIndex) {
        public ReadResult {
            problems = List.copyOf(problems);
            nomineeIndex = java.util.Map.copyOf(nomineeIndex);
        }

        /** The position of a nominee in the file's "nominees" array, for paths like {@code nominees[3]}. */
        public int indexOf(String nomineeId) {
            Integer i = nomineeIndex.get(nomineeId);
            return i == null ? -1 : i;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** Reads a file; the file name is used in problems. */
    public static ReadResult read(Path file) {
        return read(InterchangeException.readAll(file), file.getFileName().toString());
    }

    public static ReadResult read(InputStream in, String fileName) throws IOException {
        return read(in.readAllBytes(), fileName);
    }

    public static ReadResult read(byte[] bytes, String fileName) {
        JsonNode root;
        try {
            int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
            root = MAPPER.readTree(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw InterchangeException.of(e, "json.notUtf8", fileName);
        } catch (JsonParseException e) {
            throw InterchangeException.of(e, "json.syntax", fileName, e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr(), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw InterchangeException.of(e, "json.syntax", fileName,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw InterchangeException.of(null, "json.notObject", fileName);
        }
        try {
            return new Reader(fileName).read((ObjectNode) root);
        } catch (UnusableFile e) {
            throw new InterchangeException(Messages.of("json.unusable", fileName,
                    e.problems.stream().map(p -> p.format(Messages.VI)).collect(Collectors.joining("\n  ")),
                    e.problems.stream().map(p -> p.format(Messages.EN)).collect(Collectors.joining("\n  "))), null,
                    e.problems);
        }
    }

    // ------------------------------------------------------------------ reading

    private static final class Reader {
        private final String file;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final java.util.Map<String, Integer> nomineeIndex = new java.util.HashMap<>();

        Reader(String file) {
            this.file = file;
        }

        ReadResult read(ObjectNode root) {
            known(root, "", "format", "organisations", "campaign", "nominees", "submissions", "reviews");
            JsonNode format = root.get("format");
            if (format != null && !(format.isTextual() && FORMAT.equals(format.asText()))) {
                problem("format", "json.format", format.asText(), FORMAT);
            }
            OrganisationTree tree = organisations(root.get("organisations"));
            Campaign campaign = campaign(root.get("campaign"));
            if (tree != null && campaign != null && tree.find(campaign.issuerId()).isEmpty()) {
                problem("campaign.issuerId", "json.unknownOrganisation", campaign.issuerId());
                campaign = null;
            }
            if (tree == null || campaign == null) {
                // nothing can be done without the tree and the campaign: report all we found
                List<ImportProblem> all = List.copyOf(problems);
                throw new UnusableFile(file, all);
            }
            List<Nominee> nominees = nominees(root.get("nominees"), tree);
            List<CellSubmission> submissions = submissions(root.get("submissions"), tree, nominees);
            List<Review> reviews = reviews(root.get("reviews"), submissions);
            return new ReadResult(new Interchange(tree, campaign, nominees, submissions, reviews), problems, nomineeIndex);
        }

        // --- organisations

        OrganisationTree organisations(JsonNode node) {
            if (!array(node, "organisations", true)) {
                return null;
            }
            List<Organisation> list = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int before = problems.size();
            for (int i = 0; i < node.size(); i++) {
                String p = "organisations[" + i + "]";
                JsonNode o = node.get(i);
                if (!object(o, p)) {
                    continue;
                }
                int m = problems.size();
                known(o, p, "id", "name", "levelName", "parentId", "superiorName", "kind", "abbreviation", "place",
                        "supervisor", "signatory");
                String id = text(o, p, "id", true);
                OrganisationKind kind = enumValue(o, p, "kind", OrganisationKind.class, true);
                Signatory signatory = null;
                JsonNode s = o.get("signatory");
                if (s != null && !s.isNull() && object(s, p + ".signatory")) {
                    known(s, p + ".signatory", "authority", "title", "name");
                    signatory = new Signatory(text(s, p + ".signatory", "authority", false),
                            text(s, p + ".signatory", "title", false), text(s, p + ".signatory", "name", false));
                }
                if (id != null && !seen.add(id)) {
                    problem(p + ".id", "json.duplicateId", id);
                }
                if (problems.size() > m) {
                    continue;
                }
                try {
                    list.add(Organisation.builder(id, kind).name(text(o, p, "name", true))
                            .levelName(text(o, p, "levelName", false)).parentId(text(o, p, "parentId", false))
                            .superiorName(text(o, p, "superiorName", false))
                            .abbreviation(text(o, p, "abbreviation", false)).place(text(o, p, "place", false))
                            .supervisor(text(o, p, "supervisor", false)).signatory(signatory).build());
                } catch (GhidanhException e) {
                    problem(p, e);
                }
            }
            if (problems.size() > before) {
                return null; // a tree with holes would misplace cells: report and stop
            }
            try {
                return OrganisationTree.of(list);
            } catch (GhidanhException e) {
                problem("organisations", e);
                return null;
            }
        }

        // --- campaign

        Campaign campaign(JsonNode c) {
            String p = "campaign";
            if (!object(c, p)) {
                if (c == null) {
                    problem(p, "json.required");
                }
                return null;
            }
            int m = problems.size();
            known(c, p, "id", "issuerId", "period", "legalBases", "criteriaProfileId", "deadline", "receivingOffice",
                    "subject", "recipients", "copyTo", "documentNumber", "issueDate", "preamble");
            Campaign.Builder b = Campaign.builder(text(c, p, "id", true), text(c, p, "issuerId", true));
            b.period(period(c.get("period"), p + ".period"));
            JsonNode d = c.get("deadline");
            if (object(d, p + ".deadline")) {
                known(d, p + ".deadline", "date", "inclusive");
                LocalDate date = date(d, p + ".deadline", "date", true);
                Boolean inclusive = bool(d, p + ".deadline", "inclusive");
                if (date != null) {
                    b.deadline(new Deadline(date, inclusive != null && inclusive));
                }
            } else if (d == null) {
                problem(p + ".deadline", "json.required");
            }
            JsonNode bases = c.get("legalBases");
            if (bases != null && array(bases, p + ".legalBases", false)) {
                for (int i = 0; i < bases.size(); i++) {
                    String bp = p + ".legalBases[" + i + "]";
                    JsonNode lb = bases.get(i);
                    if (object(lb, bp)) {
                        known(lb, bp, "type", "number", "date", "issuer", "title");
                        b.legalBasis(new LegalBasis(text(lb, bp, "type", false), text(lb, bp, "number", true),
                                date(lb, bp, "date", false), text(lb, bp, "issuer", false), text(lb, bp, "title", false)));
                    }
                }
            }
            b.criteriaProfileId(text(c, p, "criteriaProfileId", false)).receivingOffice(text(c, p, "receivingOffice", false))
                    .subject(text(c, p, "subject", false)).recipients(texts(c, p, "recipients"))
                    .copyTos(texts(c, p, "copyTo")).documentNumber(text(c, p, "documentNumber", false))
                    .issueDate(date(c, p, "issueDate", true)).preamble(text(c, p, "preamble", false));
            if (problems.size() > m) {
                return null;
            }
            try {
                return b.build();
            } catch (GhidanhException e) {
                problem(p, e);
                return null;
            }
        }

        CampaignPeriod period(JsonNode n, String p) {
            if (n == null) {
                problem(p, "json.required");
                return null;
            }
            if (!object(n, p)) {
                return null;
            }
            String type = text(n, p, "type", true);
            if (type == null) {
                return null;
            }
            try {
                switch (type) {
                    case "HALF_YEAR" -> {
                        known(n, p, "type", "year", "half");
                        Integer y = integer(n, p, "year", true);
                        Integer h = integer(n, p, "half", true);
                        return y == null || h == null ? null : new CampaignPeriod.HalfYear(y, h);
                    }
                    case "YEAR" -> {
                        known(n, p, "type", "year");
                        Integer y = integer(n, p, "year", true);
                        return y == null ? null : new CampaignPeriod.Year(y);
                    }
                    case "QUARTER" -> {
                        known(n, p, "type", "year", "quarter");
                        Integer y = integer(n, p, "year", true);
                        Integer q = integer(n, p, "quarter", true);
                        return y == null || q == null ? null : new CampaignPeriod.Quarter(y, q);
                    }
                    case "DATE_RANGE" -> {
                        known(n, p, "type", "start", "end");
                        LocalDate s = date(n, p, "start", true);
                        LocalDate e = date(n, p, "end", true);
                        return s == null || e == null ? null : new CampaignPeriod.DateRange(s, e);
                    }
                    default -> {
                        problem(p + ".type", "json.enum", type, "HALF_YEAR, YEAR, QUARTER, DATE_RANGE");
                        return null;
                    }
                }
            } catch (GhidanhException e) {
                problem(p, e);
                return null;
            }
        }

        // --- nominees

        List<Nominee> nominees(JsonNode node, OrganisationTree tree) {
            List<Nominee> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!array(node, "nominees", false)) {
                return out;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String p = "nominees[" + i + "]";
                JsonNode n = node.get(i);
                if (!object(n, p)) {
                    continue;
                }
                int m = problems.size();
                Nominee nominee = nominee(n, p);
                if (nominee != null && problems.size() == m) {
                    if (tree.find(nominee.cellId()).isEmpty()) {
                        problem(p + ".cellId", "json.unknownOrganisation", nominee.cellId());
                    } else if (!seen.add(nominee.id())) {
                        problem(p + ".id", "json.duplicateId", nominee.id());
                    } else {
                        out.add(nominee);
                        nomineeIndex.put(nominee.id(), i);
                    }
                }
            }
            return out;
        }

        Nominee nominee(JsonNode n, String p) {
            NomineeKind kind = enumValue(n, p, "kind", NomineeKind.class, true);
            if (kind == null) {
                return null;
            }
            String id = text(n, p, "id", true);
            String cellId = text(n, p, "cellId", true);
            List<Achievement> achievements = achievements(n.get("achievements"), p + ".achievements");
            Assessment assessment = assessment(n.get("assessment"), p + ".assessment");
            int m = problems.size();
            try {
                switch (kind) {
                    case INDIVIDUAL -> {
                        known(n, p, "kind", "id", "cellId", "name", "yearOfBirth", "sex", "citizenId", "position", "unit",
                                "categories", "keyLeader", "head", "exemplary", "proposedByAgency", "results",
                                "recognition", "achievements", "assessment");
                        IndividualNominee.Builder b = IndividualNominee.builder(id, cellId)
                                .name(text(n, p, "name", true)).yearOfBirth(integer(n, p, "yearOfBirth", false))
                                .sex(enumValue(n, p, "sex", Sex.class, false)).citizenId(text(n, p, "citizenId", false))
                                .position(text(n, p, "position", false)).unit(text(n, p, "unit", false))
                                .categories(enums(n, p, "categories", SubjectCategory.class))
                                .keyLeader(flag(n, p, "keyLeader")).head(flag(n, p, "head"))
                                .exemplary(flag(n, p, "exemplary")).proposedByAgency(flag(n, p, "proposedByAgency"))
                                .results(text(n, p, "results", false))
                                .recognition(recognition(n.get("recognition"), p + ".recognition"))
                                .achievements(achievements).assessment(assessment);
                        return problems.size() > m || id == null || cellId == null ? null : b.build();
                    }
                    case MODEL -> {
                        known(n, p, "kind", "id", "cellId", "name", "unit", "field", "otherField", "content", "novelty",
                                "achievements", "assessment");
                        ModelNominee.Builder b = ModelNominee.builder(id, cellId).name(text(n, p, "name", true))
                                .unit(text(n, p, "unit", false)).field(enumValue(n, p, "field", ModelField.class, false))
                                .otherField(text(n, p, "otherField", false)).content(text(n, p, "content", false))
                                .novelty(text(n, p, "novelty", false)).achievements(achievements).assessment(assessment);
                        return problems.size() > m || id == null || cellId == null ? null : b.build();
                    }
                    case COLLECTIVE -> {
                        known(n, p, "kind", "id", "cellId", "name", "unit", "changeVsPrevious", "effect", "spread",
                                "achievements", "assessment");
                        CollectiveNominee.Builder b = CollectiveNominee.builder(id, cellId)
                                .name(text(n, p, "name", true)).unit(text(n, p, "unit", false))
                                .changeVsPrevious(text(n, p, "changeVsPrevious", false))
                                .effect(text(n, p, "effect", false)).spread(text(n, p, "spread", false))
                                .achievements(achievements).assessment(assessment);
                        return problems.size() > m || id == null || cellId == null ? null : b.build();
                    }
                }
            } catch (GhidanhException e) {
                problem(p, e);
            }
            return null;
        }

        List<Achievement> achievements(JsonNode node, String p) {
            List<Achievement> out = new ArrayList<>();
            if (node == null || node.isNull() || !array(node, p, false)) {
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                String ap = p + "[" + i + "]";
                JsonNode a = node.get(i);
                if (!object(a, ap)) {
                    continue;
                }
                known(a, ap, "type", "description", "otherType");
                AchievementType type = enumValue(a, ap, "type", AchievementType.class, true);
                String description = text(a, ap, "description", false);
                String otherType = text(a, ap, "otherType", false);
                if (type != null) {
                    out.add(new Achievement(type, description, otherType));
                }
            }
            return out;
        }

        Assessment assessment(JsonNode a, String p) {
            if (a == null || a.isNull() || !object(a, p)) {
                return null;
            }
            known(a, p, "rating", "score", "year");
            Rating r = enumValue(a, p, "rating", Rating.class, true);
            Integer score = integer(a, p, "score", false);
            if (score != null && (score < 0 || score > 100)) {
                problem(p + ".score", "json.score", score);
                score = null;
            }
            Integer year = integer(a, p, "year", false);
            return r == null ? null : new Assessment(r, score, year);
        }

        Recognition recognition(JsonNode r, String p) {
            if (r == null || r.isNull() || !object(r, p)) {
                return null;
            }
            known(r, p, "meetingDate", "body", "votesFor", "votesTotal");
            return new Recognition(date(r, p, "meetingDate", false), text(r, p, "body", false),
                    integer(r, p, "votesFor", false), integer(r, p, "votesTotal", false));
        }

        // --- workflow

        List<CellSubmission> submissions(JsonNode node, OrganisationTree tree, List<Nominee> nominees) {
            List<CellSubmission> out = new ArrayList<>();
            if (node == null || node.isNull() || !array(node, "submissions", false)) {
                return out;
            }
            java.util.Map<String, String> cellOf = new java.util.HashMap<>();
            nominees.forEach(n -> cellOf.put(n.id(), n.cellId()));
            Set<String> cells = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String p = "submissions[" + i + "]";
                JsonNode s = node.get(i);
                if (!object(s, p)) {
                    continue;
                }
                known(s, p, "cellId", "submittedOn", "submittedBy", "recorded", "proposed");
                int m = problems.size();
                String cellId = text(s, p, "cellId", true);
                LocalDate on = date(s, p, "submittedOn", true);
                String by = text(s, p, "submittedBy", false);
                JsonNode rec = s.get("recorded");
                if (cellId != null && tree.find(cellId).isEmpty()) {
                    problem(p + ".cellId", "json.unknownOrganisation", cellId);
                } else if (cellId != null && !cells.add(cellId)) {
                    problem(p + ".cellId", "json.duplicateSubmission", cellId);
                }
                boolean usable = problems.size() == m;
                // a bad id is reported and left out; the rest of the submission is kept
                List<String> recorded = rec == null || rec.isNull() ? null : ids(s, p, "recorded", cellId, cellOf);
                List<String> proposed = ids(s, p, "proposed", cellId, cellOf);
                if (usable) {
                    out.add(new CellSubmission(cellId, on, by, recorded, proposed));
                }
            }
            return out;
        }

        List<String> ids(JsonNode s, String p, String field, String cellId, java.util.Map<String, String> cellOf) {
            List<String> ids = texts(s, p, field);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                String owner = cellOf.get(id);
                if (owner == null) {
                    problem(p + "." + field + "[" + i + "]", "json.unknownNominee", id);
                } else if (cellId != null && !owner.equals(cellId)) {
                    problem(p + "." + field + "[" + i + "]", "json.otherCell", id, owner, cellId);
                } else {
                    out.add(id);
                }
            }
            return out;
        }

        List<Review> reviews(JsonNode node, List<CellSubmission> submissions) {
            List<Review> out = new ArrayList<>();
            if (node == null || node.isNull() || !array(node, "reviews", false)) {
                return out;
            }
            Set<String> proposed = new HashSet<>();
            submissions.forEach(s -> proposed.addAll(s.proposed()));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String p = "reviews[" + i + "]";
                JsonNode r = node.get(i);
                if (!object(r, p)) {
                    continue;
                }
                int m = problems.size();
                known(r, p, "nomineeId", "outcome", "reason", "date", "by");
                String id = text(r, p, "nomineeId", true);
                Review.Outcome outcome = enumValue(r, p, "outcome", Review.Outcome.class, true);
                String reason = text(r, p, "reason", false);
                LocalDate date = date(r, p, "date", true);
                if (id != null && !proposed.contains(id)) {
                    problem(p + ".nomineeId", "json.notProposed", id);
                } else if (id != null && !seen.add(id)) {
                    problem(p + ".nomineeId", "json.duplicateReview", id);
                }
                if (outcome == Review.Outcome.RETURN && (reason == null || reason.isBlank())) {
                    problem(p + ".reason", "json.returnReason");
                }
                if (problems.size() == m) {
                    out.add(new Review(id, outcome, reason, date, text(r, p, "by", false)));
                }
            }
            return out;
        }

        // --- value helpers

        void known(JsonNode o, String p, String... fields) {
            Set<String> ok = new LinkedHashSet<>(Arrays.asList(fields));
            for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!ok.contains(f)) {
                    problem(join(p, f), "json.unknownField", f, String.join(", ", ok));
                }
            }
        }

        boolean object(JsonNode n, String p) {
            if (n == null) {
                return false;
            }
            if (!n.isObject()) {
                problem(p, "json.expectedObject", kindOf(n));
                return false;
            }
            return true;
        }

        boolean array(JsonNode n, String p, boolean required) {
            if (n == null || n.isNull()) {
                if (required) {
                    problem(p, "json.required");
                }
                return false;
            }
            if (!n.isArray()) {
                problem(p, "json.expectedArray", kindOf(n));
                return false;
            }
            return true;
        }

        /** Whether the value is missing or JSON null; a missing required value is reported. */
        boolean absent(JsonNode v, String path, boolean required) {
            if (v != null && !v.isNull()) {
                return false;
            }
            if (required) {
                problem(path, "json.required");
            }
            return true;
        }

        String text(JsonNode o, String p, String field, boolean required) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            if (absent(v, path, required)) {
                return null;
            }
            if (!v.isTextual()) {
                problem(path, "json.expectedText", kindOf(v));
                return null;
            }
            String s = VietnameseText.nfc(v.asText());
            if (required && s.isBlank()) {
                problem(path, "json.required");
                return null;
            }
            legacy(path, s);
            return s;
        }

        void legacy(String path, String s) {
            LegacyEncoding.detect(s).ifPresent(k -> problem(path, "import.legacyEncoding", s, k.name()));
        }

        List<String> texts(JsonNode o, String p, String field) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            List<String> out = new ArrayList<>();
            if (v == null || v.isNull() || !array(v, path, false)) {
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual()) {
                    problem(path + "[" + i + "]", "json.expectedText", kindOf(e));
                } else {
                    String s = VietnameseText.nfc(e.asText());
                    legacy(path + "[" + i + "]", s);
                    out.add(s);
                }
            }
            return out;
        }

        Integer integer(JsonNode o, String p, String field, boolean required) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            if (absent(v, path, required)) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(path, "json.expectedInteger", v.toString());
                return null;
            }
            return v.intValue();
        }

        Boolean bool(JsonNode o, String p, String field) {
            JsonNode v = o.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                problem(join(p, field), "json.expectedBoolean", v.toString());
                return null;
            }
            return v.booleanValue();
        }

        boolean flag(JsonNode o, String p, String field) {
            Boolean b = bool(o, p, field);
            return b != null && b;
        }

        LocalDate date(JsonNode o, String p, String field, boolean required) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            if (absent(v, path, required)) {
                return null;
            }
            if (!v.isTextual()) {
                problem(path, "json.expectedDate", v.toString());
                return null;
            }
            try {
                return LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
                problem(path, "json.expectedDate", v.asText());
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(JsonNode o, String p, String field, Class<E> type, boolean required) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            if (absent(v, path, required)) {
                return null;
            }
            return parseEnum(v, path, type);
        }

        <E extends Enum<E>> E parseEnum(JsonNode v, String path, Class<E> type) {
            if (v.isTextual()) {
                for (E e : type.getEnumConstants()) {
                    if (e.name().equals(v.asText())) {
                        return e;
                    }
                }
            }
            problem(path, "json.enum", v.isTextual() ? v.asText() : v.toString(),
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        <E extends Enum<E>> List<E> enums(JsonNode o, String p, String field, Class<E> type) {
            JsonNode v = o.get(field);
            String path = join(p, field);
            List<E> out = new ArrayList<>();
            if (v == null || v.isNull() || !array(v, path, false)) {
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                E e = parseEnum(v.get(i), path + "[" + i + "]", type);
                if (e != null) {
                    out.add(e);
                }
            }
            return out;
        }

        static String kindOf(JsonNode n) {
            return switch (n.getNodeType()) {
                case ARRAY -> "array";
                case OBJECT -> "object";
                case STRING -> "text";
                case NUMBER -> "number";
                case BOOLEAN -> "boolean";
                case NULL -> "null";
                default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
            };
        }

        static String join(String p, String f) {
            return p.isEmpty() ? f : p + "." + f;
        }

        void problem(String path, String key, Object... args) {
            problems.add(ImportProblem.of(file, null, path, key, args));
        }

        void problem(String path, GhidanhException e) {
            problems.add(new ImportProblem(file, null, path, e.code(), e.messageVi(), e.messageEn()));
        }
    }

    /** Thrown inside the reader when the tree or the campaign is unusable; carries every problem. */
    static final class UnusableFile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<ImportProblem> problems;

        UnusableFile(String file, List<ImportProblem> problems) {
            super(file, null, false, false);
            this.problems = problems;
        }
    }

    // ------------------------------------------------------------------ writing

    /** The interchange content as JSON text (UTF-8, two-space indent, fields in a fixed order, nulls left out). */
    public static String toJson(Interchange doc) {
        try {
            return MAPPER.writeValueAsString(toTree(doc)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the content to {@code out} (UTF-8). */
    public static void write(Interchange doc, OutputStream out) throws IOException {
        out.write(toJson(doc).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the content to a file atomically (a temporary file in the same folder, then a move). */
    public static void write(Interchange doc, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ghidanh-", ".tmp");
        try {
            Files.writeString(tmp, toJson(doc), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static ObjectNode toTree(Interchange doc) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        ArrayNode orgs = root.putArray("organisations");
        for (Organisation o : doc.organisations().all()) {
            ObjectNode n = orgs.addObject();
            put(n, "id", o.id());
            put(n, "name", o.name());
            put(n, "levelName", o.levelName());
            put(n, "parentId", o.parentId());
            put(n, "superiorName", o.superiorName());
            put(n, "kind", o.kind().name());
            put(n, "abbreviation", o.abbreviation());
            put(n, "place", o.place());
            put(n, "supervisor", o.supervisor());
            if (o.signatory() != null) {
                ObjectNode s = n.putObject("signatory");
                put(s, "authority", o.signatory().authority());
                put(s, "title", o.signatory().title());
                put(s, "name", o.signatory().name());
            }
        }
        Campaign c = doc.campaign();
        ObjectNode cn = root.putObject("campaign");
        put(cn, "id", c.id());
        put(cn, "issuerId", c.issuerId());
        ObjectNode pn = cn.putObject("period");
        if (c.period() instanceof CampaignPeriod.HalfYear h) {
            pn.put("type", "HALF_YEAR");
            pn.put("year", h.year());
            pn.put("half", h.half());
        } else if (c.period() instanceof CampaignPeriod.Year y) {
            pn.put("type", "YEAR");
            pn.put("year", y.year());
        } else if (c.period() instanceof CampaignPeriod.Quarter q) {
            pn.put("type", "QUARTER");
            pn.put("year", q.year());
            pn.put("quarter", q.quarter());
        } else if (c.period() instanceof CampaignPeriod.DateRange r) {
            pn.put("type", "DATE_RANGE");
            pn.put("start", r.start().toString());
            pn.put("end", r.end().toString());
        }
        if (!c.legalBases().isEmpty()) {
            ArrayNode lbs = cn.putArray("legalBases");
            for (LegalBasis lb : c.legalBases()) {
                ObjectNode n = lbs.addObject();
                put(n, "type", lb.type());
                put(n, "number", lb.number());
                put(n, "date", lb.date());
                put(n, "issuer", lb.issuer());
                put(n, "title", lb.title());
            }
        }
        put(cn, "criteriaProfileId", c.criteriaProfileId());
        ObjectNode dn = cn.putObject("deadline");
        dn.put("date", c.deadline().date().toString());
        dn.put("inclusive", c.deadline().inclusive());
        put(cn, "receivingOffice", c.receivingOffice());
        put(cn, "subject", c.subject());
        strings(cn, "recipients", c.recipients());
        strings(cn, "copyTo", c.copyTo());
        put(cn, "documentNumber", c.documentNumber());
        put(cn, "issueDate", c.issueDate());
        put(cn, "preamble", c.preamble());

        ArrayNode ns = root.putArray("nominees");
        for (Nominee nominee : doc.nominees()) {
            ObjectNode n = ns.addObject();
            n.put("kind", nominee.kind().name());
            put(n, "id", nominee.id());
            put(n, "cellId", nominee.cellId());
            put(n, "name", nominee.name());
            if (nominee instanceof IndividualNominee i) {
                {
                    if (i.yearOfBirth() != null) {
                        n.put("yearOfBirth", i.yearOfBirth());
                    }
                    put(n, "sex", i.sex() == null ? null : i.sex().name());
                    put(n, "citizenId", i.citizenId());
                    put(n, "position", i.position());
                    put(n, "unit", i.unit());
                    ArrayNode cats = n.putArray("categories");
                    i.categories().forEach(cat -> cats.add(cat.name()));
                    if (i.keyLeader()) {
                        n.put("keyLeader", true);
                    }
                    if (i.head()) {
                        n.put("head", true);
                    }
                    if (i.exemplary()) {
                        n.put("exemplary", true);
                    }
                    if (i.proposedByAgency()) {
                        n.put("proposedByAgency", true);
                    }
                    put(n, "results", i.results());
                    if (i.recognition() != null) {
                        Recognition r = i.recognition();
                        ObjectNode rn = n.putObject("recognition");
                        put(rn, "meetingDate", r.meetingDate());
                        put(rn, "body", r.body());
                        if (r.votesFor() != null) {
                            rn.put("votesFor", r.votesFor());
                        }
                        if (r.votesTotal() != null) {
                            rn.put("votesTotal", r.votesTotal());
                        }
                    }
                }
            } else if (nominee instanceof ModelNominee m) {
                {
                    put(n, "unit", m.unit());
                    put(n, "field", m.field() == null ? null : m.field().name());
                    put(n, "otherField", m.otherField());
                    put(n, "content", m.content());
                    put(n, "novelty", m.novelty());
                }
            } else if (nominee instanceof CollectiveNominee col) {
                {
                    put(n, "unit", col.unit());
                    put(n, "changeVsPrevious", col.changeVsPrevious());
                    put(n, "effect", col.effect());
                    put(n, "spread", col.spread());
                }
            }
            if (!nominee.achievements().isEmpty()) {
                ArrayNode as = n.putArray("achievements");
                for (Achievement a : nominee.achievements()) {
                    ObjectNode an = as.addObject();
                    an.put("type", a.type().name());
                    put(an, "description", a.description());
                    put(an, "otherType", a.otherType());
                }
            }
            if (nominee.assessment() != null) {
                Assessment a = nominee.assessment();
                ObjectNode an = n.putObject("assessment");
                an.put("rating", a.rating().name());
                if (a.score() != null) {
                    an.put("score", a.score());
                }
                if (a.year() != null) {
                    an.put("year", a.year());
                }
            }
        }
        if (!doc.submissions().isEmpty()) {
            ArrayNode ss = root.putArray("submissions");
            for (CellSubmission s : doc.submissions()) {
                ObjectNode n = ss.addObject();
                put(n, "cellId", s.cellId());
                put(n, "submittedOn", s.submittedOn());
                put(n, "submittedBy", s.submittedBy());
                if (s.recorded() != null) {
                    ArrayNode a = n.putArray("recorded");
                    s.recorded().forEach(a::add);
                }
                strings(n, "proposed", s.proposed());
            }
        }
        if (!doc.reviews().isEmpty()) {
            ArrayNode rs = root.putArray("reviews");
            for (Review r : doc.reviews()) {
                ObjectNode n = rs.addObject();
                put(n, "nomineeId", r.nomineeId());
                put(n, "outcome", r.outcome().name());
                put(n, "reason", r.reason());
                put(n, "date", r.date());
                put(n, "by", r.by());
            }
        }
        return root;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void put(ObjectNode n, String field, LocalDate value) {
        if (value != null) {
            n.put(field, value.toString());
        }
    }

    private static void strings(ObjectNode n, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }
}
