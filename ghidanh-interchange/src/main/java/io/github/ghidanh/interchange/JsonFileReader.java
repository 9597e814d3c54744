package io.github.ghidanh.interchange;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.model.Campaign;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.interchange.JsonRecords.CampaignJson;
import io.github.ghidanh.interchange.JsonRecords.NomineeJson;
import io.github.ghidanh.interchange.JsonRecords.OrganisationJson;
import io.github.ghidanh.interchange.JsonRecords.ReviewJson;
import io.github.ghidanh.interchange.JsonRecords.SubmissionJson;
import io.github.ghidanh.interchange.internal.Messages;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one parsed interchange file record by record. The schema's errors come first; a record
 * (an organisation, the campaign, a nominee, a submission, a review) with one of them is reported
 * and left out, every other record is bound to its {@link JsonRecords} shape, turned into the model
 * (whose factories validate and NFC-normalise) and checked against the records before it: ids that
 * must exist or be unique, cells, proposals. Problems come out in the order of the file. One
 * instance per read; not shared.
 */
final class JsonFileReader {
    private static final Set<String> RECORD_LISTS = Set.of("organisations", "nominees", "submissions", "reviews");

    /*
     * One reader per record type, built with this class: Jackson builds a record's deserializer on first
     * use, and building them all here puts that cost (with the schema's loading) wherever the first file
     * is read, e.g. on a host's warm-up thread, instead of in the middle of the first real read.
     */
    private static final ObjectReader ORGANISATION = JsonInterchange.MAPPER.readerFor(OrganisationJson.class);
    private static final ObjectReader CAMPAIGN = JsonInterchange.MAPPER.readerFor(CampaignJson.class);
    private static final ObjectReader NOMINEE = JsonInterchange.MAPPER.readerFor(NomineeJson.class);
    private static final ObjectReader SUBMISSION = JsonInterchange.MAPPER.readerFor(SubmissionJson.class);
    private static final ObjectReader REVIEW = JsonInterchange.MAPPER.readerFor(ReviewJson.class);

    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> nomineeIndex = new HashMap<>();
    /** The schema's violations by record: "" (the file itself), "organisations", "organisations[2]", "campaign", … */
    private final Map<String, List<InterchangeSchema.Violation>> violations = new LinkedHashMap<>();
    private final Set<List<Object>> violatedPaths = new HashSet<>();

    JsonFileReader(String file) {
        this.file = file;
    }

    JsonInterchange.ReadResult read(ObjectNode root) {
        for (InterchangeSchema.Violation v : InterchangeSchema.get().check(root)) {
            violations.computeIfAbsent(recordOf(v.path()), k -> new ArrayList<>()).add(v);
            violatedPaths.add(v.path());
        }
        report("");
        OrganisationTree tree = organisations(root.get("organisations"));
        Campaign campaign = campaign(root.get("campaign"));
        if (tree != null && campaign != null && tree.find(campaign.issuerId()).isEmpty()) {
            problem(List.of("campaign", "issuerId"), Messages.of("json.unknownOrganisation", campaign.issuerId()));
            campaign = null;
        }
        if (tree == null || campaign == null) {
            // nothing can be done without the tree and the campaign: report all that was found
            throw new InterchangeException(Messages.of("json.unusable", file,
                    problems.stream().map(p -> p.format(Messages.VI)).collect(Collectors.joining("\n  ")),
                    problems.stream().map(p -> p.format(Messages.EN)).collect(Collectors.joining("\n  "))), null, problems);
        }
        List<Nominee> nominees = nominees(root.get("nominees"), tree);
        List<CellSubmission> submissions = submissions(root.get("submissions"), tree, nominees);
        List<Review> reviews = reviews(root.get("reviews"), submissions);
        return new JsonInterchange.ReadResult(new Interchange(tree, campaign, nominees, submissions, reviews), problems,
                nomineeIndex);
    }

    // ------------------------------------------------------------------ records

    private OrganisationTree organisations(JsonNode list) {
        int before = problems.size();
        report("organisations");
        List<Organisation> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            List<Object> at = List.of("organisations", i);
            OrganisationJson json = bind(list.get(i), at, ORGANISATION);
            if (json == null) {
                continue;
            }
            try {
                Organisation o = json.toModel();
                if (!ids.add(o.id())) {
                    problem(path(at, "id"), Messages.of("json.duplicateId", o.id()));
                } else {
                    out.add(o);
                }
            } catch (GhidanhException e) {
                problem(at, e);
            }
        }
        if (problems.size() > before) {
            return null; // a tree with holes would misplace cells: report and stop
        }
        try {
            return OrganisationTree.of(out);
        } catch (GhidanhException e) {
            problem(List.of("organisations"), e);
            return null;
        }
    }

    private Campaign campaign(JsonNode node) {
        List<Object> at = List.of("campaign");
        CampaignJson json = bind(node, at, CAMPAIGN);
        if (json == null) {
            return null;
        }
        try {
            return json.toModel();
        } catch (GhidanhException e) {
            problem(at, e);
            return null;
        }
    }

    private List<Nominee> nominees(JsonNode list, OrganisationTree tree) {
        report("nominees");
        List<Nominee> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            List<Object> at = List.of("nominees", i);
            NomineeJson json = bind(list.get(i), at, NOMINEE);
            if (json == null) {
                continue;
            }
            Nominee nominee;
            try {
                nominee = json.toModel();
            } catch (GhidanhException e) {
                problem(at, e);
                continue;
            }
            if (tree.find(nominee.cellId()).isEmpty()) {
                problem(path(at, "cellId"), Messages.of("json.unknownOrganisation", nominee.cellId()));
            } else if (!ids.add(nominee.id())) {
                problem(path(at, "id"), Messages.of("json.duplicateId", nominee.id()));
            } else {
                out.add(nominee);
                nomineeIndex.put(nominee.id(), i);
            }
        }
        return out;
    }

    private List<CellSubmission> submissions(JsonNode list, OrganisationTree tree, List<Nominee> nominees) {
        report("submissions");
        Map<String, String> cellOf = new HashMap<>();
        nominees.forEach(n -> cellOf.put(n.id(), n.cellId()));
        List<CellSubmission> out = new ArrayList<>();
        Set<String> cells = new HashSet<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            List<Object> at = List.of("submissions", i);
            SubmissionJson json = bind(list.get(i), at, SUBMISSION);
            if (json == null) {
                continue;
            }
            String cellId = VietnameseText.nfc(json.cellId());
            boolean usable = true;
            if (cellId == null) {
                problem(path(at, "cellId"), Messages.of("json.missing", "cellId"));
                usable = false;
            } else if (tree.find(cellId).isEmpty()) {
                problem(path(at, "cellId"), Messages.of("json.unknownOrganisation", cellId));
                usable = false;
            } else if (!cells.add(cellId)) {
                problem(path(at, "cellId"), Messages.of("json.duplicateSubmission", cellId));
                usable = false;
            }
            // a bad id is reported and left out; the rest of the submission is kept
            List<String> recorded = json.recorded() == null ? null : ids(path(at, "recorded"), json.recorded(), cellId, cellOf);
            List<String> proposed = json.proposed() == null ? List.of() : ids(path(at, "proposed"), json.proposed(), cellId, cellOf);
            LocalDate on = json.submittedOn();
            if (usable && on != null) {
                out.add(new CellSubmission(cellId, on, json.submittedBy(), recorded, proposed));
            } else if (on == null) {
                problem(path(at, "submittedOn"), Messages.of("json.missing", "submittedOn"));
            }
        }
        return out;
    }

    private List<String> ids(List<Object> at, List<String> ids, String cellId, Map<String, String> cellOf) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = VietnameseText.nfc(ids.get(i));
            String owner = cellOf.get(id);
            if (owner == null) {
                problem(path(at, i), Messages.of("json.unknownNominee", id));
            } else if (!owner.equals(cellId)) {
                problem(path(at, i), Messages.of("json.otherCell", id, owner, cellId));
            } else {
                out.add(id);
            }
        }
        return out;
    }

    private List<Review> reviews(JsonNode list, List<CellSubmission> submissions) {
        report("reviews");
        Set<String> proposed = new HashSet<>();
        submissions.forEach(s -> proposed.addAll(s.proposed()));
        List<Review> out = new ArrayList<>();
        Set<String> reviewed = new HashSet<>();
        for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
            List<Object> at = List.of("reviews", i);
            ReviewJson json = bind(list.get(i), at, REVIEW);
            if (json == null) {
                continue;
            }
            Review review;
            try {
                review = json.toModel();
            } catch (GhidanhException e) {
                problem(at, e);
                continue;
            }
            if (!proposed.contains(review.nomineeId())) {
                problem(path(at, "nomineeId"), Messages.of("json.notProposed", review.nomineeId()));
            } else if (!reviewed.add(review.nomineeId())) {
                problem(path(at, "nomineeId"), Messages.of("json.duplicateReview", review.nomineeId()));
            } else {
                out.add(review);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ one record

    /**
     * The record at {@code at} in its JSON shape, or null when it has a problem: the schema's (reported
     * here), a text in a legacy encoding, or one that binding finds. Null also for an absent record.
     */
    private <T> T bind(JsonNode node, List<Object> at, ObjectReader reader) {
        int before = problems.size();
        report(recordOf(at));
        if (node == null || node.isMissingNode()) {
            return null;
        }
        legacyTexts(node, new ArrayList<>(at));
        if (problems.size() > before) {
            return null;
        }
        try {
            return reader.readValue(node);
        } catch (JsonMappingException e) {
            bindingProblem(node, at, e);
        } catch (IOException e) {
            problem(at, Messages.of("json.badValue"));
        }
        return null;
    }

    /**
     * What binding refused, in the reader's words. The schema has refused all of it before; this is
     * the reader's own check, which the schema agreement test holds to the schema.
     */
    private void bindingProblem(JsonNode record, List<Object> at, JsonMappingException e) {
        List<Object> where = new ArrayList<>(at);
        JsonNode value = record;
        for (JsonMappingException.Reference r : e.getPath()) {
            Object element = r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex();
            where.add(element);
            value = value == null ? null : element instanceof Integer i ? value.get(i) : value.get((String) element);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
            problem(where, Messages.of("json.unknownField", u.getPropertyName(), known));
        } else if (e instanceof InvalidTypeIdException t) {
            Class<?> base = t.getBaseType().getRawClass();
            where.add(base.getAnnotation(JsonTypeInfo.class).property());
            String allowed = Arrays.stream(base.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name)
                    .collect(Collectors.joining(", "));
            problem(where, t.getTypeId() == null ? Messages.of("json.required") : Messages.of("json.enum", t.getTypeId(), allowed));
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null && value != null) {
            problem(where, mismatch(m.getTargetType(), value));
        } else {
            problem(where, Messages.of("json.badValue"));
        }
    }

    private static BilingualMessage mismatch(Class<?> target, JsonNode value) {
        if (value.isNull()) {
            return Messages.of("json.required");
        }
        if (target == Integer.class || target == int.class) {
            return Messages.of("json.expectedInteger", value.toString());
        }
        if (target == Boolean.class || target == boolean.class) {
            return Messages.of("json.expectedBoolean", value.toString());
        }
        if (target == String.class) {
            return Messages.of("json.expectedText", InterchangeSchema.kindOf(value));
        }
        if (target == LocalDate.class) {
            return Messages.of("json.expectedDate", InterchangeSchema.shown(value));
        }
        if (target.isEnum()) {
            return Messages.of("json.enum", InterchangeSchema.shown(value),
                    Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
        }
        if (Collection.class.isAssignableFrom(target)) {
            return Messages.of("json.expectedArray", InterchangeSchema.kindOf(value));
        }
        return Messages.of("json.expectedObject", InterchangeSchema.kindOf(value));
    }

    /** Reports every text of the record that looks like TCVN3 or VNI rather than Unicode (the schema cannot tell). */
    private void legacyTexts(JsonNode node, List<Object> at) {
        if (node.isTextual()) {
            if (!violatedPaths.contains(at)) {
                String s = VietnameseText.nfc(node.asText());
                LegacyEncoding.detect(s).ifPresent(k -> problem(at, Messages.of("import.legacyEncoding", s, k.name())));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                legacyTexts(node.get(i), path(at, i));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                legacyTexts(f.getValue(), path(at, f.getKey()));
            }
        }
    }

    // ------------------------------------------------------------------ problems

    /** Reports the schema's violations of one record (once). */
    private void report(String record) {
        List<InterchangeSchema.Violation> vs = violations.remove(record);
        if (vs != null) {
            vs.forEach(v -> problem(v.path(), v.message()));
        }
    }

    /** The record a path belongs to: "nominees[3]" for nominees[3].assessment.rating, "" for the file itself. */
    private static String recordOf(List<Object> path) {
        if (path.isEmpty()) {
            return "";
        }
        Object first = path.get(0);
        if (first.equals("campaign")) {
            return "campaign";
        }
        if (!RECORD_LISTS.contains(first)) {
            return "";
        }
        return path.size() > 1 && path.get(1) instanceof Integer i ? first + "[" + i + "]" : (String) first;
    }

    private static List<Object> path(List<Object> at, Object element) {
        List<Object> p = new ArrayList<>(at);
        p.add(element);
        return p;
    }

    private void problem(List<Object> path, BilingualMessage message) {
        problems.add(ImportProblem.of(file, null, InterchangeSchema.display(path), message));
    }

    private void problem(List<Object> path, GhidanhException e) {
        problems.add(new ImportProblem(file, null, InterchangeSchema.display(path), e.code(), e.messageVi(), e.messageEn()));
    }
}
