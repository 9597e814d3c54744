package io.github.ghidanh.interchange.spreadsheet;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.AchievementType;
import io.github.ghidanh.core.model.Assessment;
import io.github.ghidanh.core.model.CollectiveNominee;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.NomineeKind;
import io.github.ghidanh.core.model.Organisation;
import io.github.ghidanh.core.model.OrganisationTree;
import io.github.ghidanh.core.model.Rating;
import io.github.ghidanh.core.model.Recognition;
import io.github.ghidanh.core.model.Sex;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.LegacyEncoding;
import io.github.ghidanh.core.text.VietnameseText;
import io.github.ghidanh.interchange.ImportProblem;
import io.github.ghidanh.interchange.InterchangeException;
import io.github.ghidanh.interchange.internal.InputFiles;
import io.github.ghidanh.interchange.internal.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Imports nominee lists as they come out of spreadsheets (CSV or XLSX; docs/json-format.md,
 * "Spreadsheet import"). The header row is found among the first rows (title rows above it are
 * skipped) and its columns are matched by their Vietnamese wording ignoring case and accents.
 * Section rows such as "I. CÁ NHÂN" / "II. TẬP THỂ" / "III. MÔ HÌNH" set the kind of the rows below
 * them when there is no "Loại" column. Every row is accepted or rejected with all its problems;
 * nothing is guessed (ratings go through the explicit {@link RatingWordings} table) and legacy
 * TCVN3/VNI text is reported. Instances are immutable and thread-safe.
 */
public final class NomineeSheetReader {
    /** Rows scanned for the header row. */
    static final int HEADER_SCAN = 20;
    /** The longest text accepted in one cell. */
    static final int MAX_TEXT = 4000;

    private static final Pattern SECTION = Pattern.compile("^([IVX]+|[A-D])\\.?$");
    private static final Pattern SPLIT_LIST = Pattern.compile("\\s*[,;/\\n+]\\s*");
    private static final Pattern SPLIT_TYPES = Pattern.compile("\\s*[;\\n]\\s*");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    private static final Map<String, SubjectCategory> CATEGORIES = new HashMap<>();
    /** How the proposal list and the honour roll introduce a model's results in their summary column. */
    private static final String PRINTED_MODEL_RESULTS = "Kết quả: ";
    private static final Map<String, AchievementType> ACHIEVEMENTS = new HashMap<>();
    private static final Map<String, ModelField> FIELDS = new HashMap<>();

    static {
        for (SubjectCategory c : SubjectCategory.values()) {
            CATEGORIES.put(Fold.key(c.labelVi()), c);
            CATEGORIES.put(Fold.key(c.name()), c);
        }
        CATEGORIES.put(Fold.key("Chiến sĩ LLVT"), SubjectCategory.CHIEN_SI_LLVT);
        CATEGORIES.put(Fold.key("Chiến sĩ các lực lượng vũ trang"), SubjectCategory.CHIEN_SI_LLVT);
        CATEGORIES.put(Fold.key("LLVT"), SubjectCategory.CHIEN_SI_LLVT);
        for (AchievementType t : AchievementType.values()) {
            ACHIEVEMENTS.put(Fold.key(t.labelVi()), t);
            ACHIEVEMENTS.put(Fold.key(t.name()), t);
        }
        ACHIEVEMENTS.put(Fold.key("Tận tụy"), AchievementType.DEDICATION);
        ACHIEVEMENTS.put(Fold.key("Dám nghĩ, dám làm"), AchievementType.DARING);
        ACHIEVEMENTS.put(Fold.key("Sáng kiến"), AchievementType.TECHNICAL_INITIATIVE);
        ACHIEVEMENTS.put(Fold.key("Đổi mới"), AchievementType.WORK_INNOVATION);
        ACHIEVEMENTS.put(Fold.key("Hiến máu"), AchievementType.BLOOD_DONATION);
        ACHIEVEMENTS.put(Fold.key("Hiến máu cứu người"), AchievementType.BLOOD_DONATION);
        ACHIEVEMENTS.put(Fold.key("Giúp đỡ người yếu thế"), AchievementType.HELPING_VULNERABLE);
        ACHIEVEMENTS.put(Fold.key("Từ thiện"), AchievementType.CHARITY);
        ACHIEVEMENTS.put(Fold.key("Thiện nguyện"), AchievementType.CHARITY);
        ACHIEVEMENTS.put(Fold.key("Hiến đất"), AchievementType.LAND_DONATION);
        // earlier labels of the taxonomy, still accepted in spreadsheets
        ACHIEVEMENTS.put(Fold.key("Đổi mới trong công việc"), AchievementType.WORK_INNOVATION);
        ACHIEVEMENTS.put(Fold.key("Giúp đỡ người có hoàn cảnh khó khăn"), AchievementType.HELPING_VULNERABLE);
        ACHIEVEMENTS.put(Fold.key("Nghĩa cử cao đẹp"), AchievementType.NOBLE_DEED);
        for (ModelField f : ModelField.values()) {
            FIELDS.put(Fold.key(f.labelVi()), f);
            FIELDS.put(Fold.key(f.name()), f);
        }
        FIELDS.put(Fold.key("Xây dựng nếp sống văn hóa, văn minh"), ModelField.CIVILISED_LIFESTYLE);
        FIELDS.put(Fold.key("Xây dựng nếp sống văn hóa văn minh"), ModelField.CIVILISED_LIFESTYLE);
        FIELDS.put(Fold.key("Sáng kiến trong công việc"), ModelField.WORK_INITIATIVE);
        FIELDS.put(Fold.key("Tài nguyên môi trường"), ModelField.NATURAL_RESOURCES_ENVIRONMENT);
    }

    private final String defaultCellId;
    private final OrganisationTree organisations;
    private final int currentYear;

    private NomineeSheetReader(String defaultCellId, OrganisationTree organisations, int currentYear) {
        this.defaultCellId = VietnameseText.nfc(defaultCellId);
        this.organisations = organisations;
        this.currentYear = currentYear;
    }

    /**
     * A reader that puts every row in {@code defaultCellId} unless the sheet has a "Chi bộ" column,
     * whose values are resolved against {@code organisations} by id or by name (ignoring case and
     * accents). {@code organisations} may be null when there is no "Chi bộ" column.
     */
    public static NomineeSheetReader of(String defaultCellId, OrganisationTree organisations) {
        return new NomineeSheetReader(defaultCellId, organisations, Year.now().getValue());
    }

    /** Reads a .csv or .xlsx file (decided by the extension, or by content when there is none). */
    public SheetImport read(Path file) {
        return read(InputFiles.readAll(file), file.getFileName().toString());
    }

    /** Reads the bytes of a file named {@code fileName}. */
    public SheetImport read(byte[] bytes, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        SheetImport.Format format;
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            format = SheetImport.Format.XLSX;
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            format = SheetImport.Format.CSV;
        } else if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            format = SheetImport.Format.XLSX;
        } else if (lower.endsWith(".xls")) {
            throw new InterchangeException(Messages.of("sheet.xls", fileName), null);
        } else {
            throw new InterchangeException(Messages.of("sheet.unknownFormat", fileName), null);
        }
        RawSheet sheet = format == SheetImport.Format.CSV ? CsvFormat.read(bytes, fileName) : XlsxFormat.read(bytes, fileName);
        return new Run(fileName, format, sheet).run();
    }

    private final class Run {
        final String file;
        final SheetImport.Format format;
        final RawSheet sheet;
        final List<SheetImport.Accepted> accepted = new ArrayList<>();
        final List<SheetImport.Rejected> rejected = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        final Map<Column, Integer> columns = new EnumMap<>(Column.class);
        final Map<String, Integer> seenKeys = new HashMap<>();
        final Map<String, Integer> seenIds = new HashMap<>();
        List<String> header;

        Run(String file, SheetImport.Format format, RawSheet sheet) {
            this.file = file;
            this.format = format;
            this.sheet = sheet;
        }

        SheetImport run() {
            int h = findHeader();
            RawSheet.RawRow headerRow = sheet.rows().get(h);
            Integer errorCol = columns.remove(Column.ERROR);
            header = new ArrayList<>();
            for (int c = 0; c < headerRow.cells().size(); c++) {
                if (errorCol == null || c != errorCol) {
                    header.add(VietnameseText.nfc(headerRow.text(c)).strip());
                }
            }
            if (errorCol != null && errorCol < header.size()) {
                // a previous "Lỗi" column is dropped; later columns shift left in the output
                for (Map.Entry<Column, Integer> e : columns.entrySet()) {
                    if (e.getValue() > errorCol) {
                        e.setValue(e.getValue() - 1);
                    }
                }
            }
            if (defaultCellId == null && !columns.containsKey(Column.CELL)) {
                throw new InterchangeException(Messages.of("sheet.missingColumn", file, Column.CELL.header()), null);
            }
            NomineeKind section = null;
            List<String> sectionCells = null;
            for (int r = h + 1; r < sheet.rows().size(); r++) {
                RawSheet.RawRow raw = sheet.rows().get(r);
                List<RawSheet.RawCell> cells = new ArrayList<>(raw.cells());
                if (errorCol != null && errorCol < cells.size()) {
                    cells.remove((int) errorCol);
                }
                RawSheet.RawRow row = new RawSheet.RawRow(raw.number(), cells);
                if (row.blank() || onlyStt(row)) {
                    continue;
                }
                NomineeKind sk = sectionKind(row);
                if (sk != null) {
                    section = sk;
                    sectionCells = texts(row);
                    continue;
                }
                List<ImportProblem> problems = new ArrayList<>();
                Nominee n = null;
                try {
                    n = nominee(row, section, problems);
                } catch (GhidanhException e) {
                    problems.add(new ImportProblem(file, row.number(), null, e.code(), e.messageVi(), e.messageEn()));
                } catch (RuntimeException e) {
                    // a failure of this program, not of the row: say so without the exception's own words
                    problems.add(ImportProblem.of(file, row.number(), null, Messages.of("sheet.rowError")));
                }
                if (problems.isEmpty() && n != null) {
                    accepted.add(new SheetImport.Accepted(row.number(), n));
                } else {
                    boolean fromSection = section != null && !columns.containsKey(Column.KIND);
                    rejected.add(new SheetImport.Rejected(row.number(), texts(row), fromSection ? sectionCells : null, problems));
                }
            }
            return new SheetImport(file, format, headerRow.number(), header, accepted, rejected, warnings);
        }

        int findHeader() {
            List<RawSheet.RawRow> rows = sheet.rows();
            if (rows.isEmpty()) {
                throw new InterchangeException(Messages.of("sheet.empty", file), null);
            }
            for (int r = 0; r < Math.min(HEADER_SCAN, rows.size()); r++) {
                RawSheet.RawRow row = rows.get(r);
                Map<Column, Integer> found = new EnumMap<>(Column.class);
                List<ImportProblem> unknown = new ArrayList<>();
                for (int c = 0; c < row.cells().size(); c++) {
                    String text = row.text(c);
                    Column col = Column.match(text);
                    if (col != null) {
                        Integer prev = found.putIfAbsent(col, c);
                        if (prev != null) {
                            throw new InterchangeException(Messages.of("sheet.duplicateColumn", file, text.strip(), prev + 1, c + 1), null);
                        }
                    } else if (!text.isBlank()) {
                        unknown.add(ImportProblem.of(file, row.number(), text.strip(), Messages.of("sheet.unknownColumn", text.strip())));
                    }
                }
                if (found.containsKey(Column.NAME)) {
                    columns.putAll(found);
                    warnings.addAll(unknown);
                    return r;
                }
            }
            throw new InterchangeException(Messages.of("sheet.noHeader", file, Math.min(HEADER_SCAN, rows.size())), null);
        }

        boolean onlyStt(RawSheet.RawRow row) {
            Integer stt = columns.get(Column.STT);
            for (int c = 0; c < row.cells().size(); c++) {
                if ((stt == null || c != stt) && (!row.text(c).isBlank() || row.cell(c).error() != null)) {
                    return false;
                }
            }
            return true;
        }

        /** "I. CÁ NHÂN" in the STT or name column with nothing else in the row. */
        NomineeKind sectionKind(RawSheet.RawRow row) {
            if (columns.containsKey(Column.KIND)) {
                return null;
            }
            String joined = texts(row).stream().filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
            long filled = texts(row).stream().filter(s -> !s.isBlank()).count();
            if (filled > 2) {
                return null;
            }
            String k = Fold.key(joined);
            Integer stt = columns.get(Column.STT);
            String sttText = stt == null ? "" : row.text(stt).strip();
            boolean numbered = SECTION.matcher(sttText).matches() || k.matches("^([ivx]+|[a-d]) .*");
            if (!numbered && (filled > 1 || !k.matches("^(ca nhan|tap the|mo hinh)( .*)?$"))) {
                return null;
            }
            if (k.contains("ca nhan")) {
                return NomineeKind.INDIVIDUAL;
            }
            if (k.contains("tap the")) {
                return NomineeKind.COLLECTIVE;
            }
            if (k.contains("mo hinh")) {
                return NomineeKind.MODEL;
            }
            return null;
        }

        List<String> texts(RawSheet.RawRow row) {
            List<String> out = new ArrayList<>();
            for (RawSheet.RawCell c : row.cells()) {
                out.add(c.text());
            }
            return out;
        }

        Nominee nominee(RawSheet.RawRow row, NomineeKind section, List<ImportProblem> problems) {
            Cells c = new Cells(row, problems);
            // cells with read errors (formulas without a value, #REF!) and values beyond the header
            for (int i = 0; i < row.cells().size(); i++) {
                RawSheet.RawCell cell = row.cell(i);
                String where = i < header.size() && !header.get(i).isBlank() ? header.get(i) : columnLetter(i);
                if (cell.error() != null) {
                    problems.add(ImportProblem.of(file, row.number(), where, cell.error()));
                } else if ((i >= header.size() || header.get(i).isBlank()) && !cell.text().isBlank()) {
                    problems.add(ImportProblem.of(file, row.number(), where, Messages.of("sheet.noHeaderValue")));
                }
            }
            NomineeKind kind = section == null ? NomineeKind.INDIVIDUAL : section;
            String kindText = c.text(Column.KIND);
            if (kindText != null) {
                kind = switch (Fold.key(kindText)) {
                    case "ca nhan", "individual" -> NomineeKind.INDIVIDUAL;
                    case "tap the", "collective" -> NomineeKind.COLLECTIVE;
                    case "mo hinh", "mo hinh moi", "mo hinh moi cach lam hieu qua", "model" -> NomineeKind.MODEL;
                    default -> {
                        c.problem(Column.KIND, "sheet.kind", kindText);
                        yield null;
                    }
                };
            }
            String name = c.required(Column.NAME);
            String cellId = cellId(c);
            Assessment assessment = assessment(c);
            String unit = c.text(Column.UNIT);
            String results = c.text(Column.RESULTS);
            String modelResults = null;
            if (kind == NomineeKind.MODEL) {
                modelResults = c.text(Column.MODEL_RESULTS);
                int at = modelResults != null || results == null ? -1
                        : results.startsWith(PRINTED_MODEL_RESULTS) ? 0 : results.lastIndexOf("\n" + PRINTED_MODEL_RESULTS) + 1;
                if (at >= 0 && results != null && results.startsWith(PRINTED_MODEL_RESULTS, at)) {
                    // the proposal list and the honour roll print a model's results on the summary's last line(s)
                    modelResults = results.substring(at + PRINTED_MODEL_RESULTS.length()).strip();
                    results = results.substring(0, at).strip();
                    results = results.isEmpty() ? null : results;
                }
            }
            List<Achievement> achievements = achievements(c, results);
            Integer year = c.year(Column.YEAR_OF_BIRTH, currentYear);
            String id = c.text(Column.ID);
            if (id == null && name != null) {
                id = (kind == null ? "n" : kind.name().substring(0, 1).toLowerCase(Locale.ROOT)) + "-"
                        + Fold.key(name).replace(' ', '-') + (year == null ? "" : "-" + year);
            }
            if (name != null) {
                String key = Fold.key(name) + "|" + year + "|" + Fold.key(unit) + "|" + kind;
                Integer prev = seenKeys.get(key);
                if (prev != null) {
                    c.problem(Column.NAME, "sheet.duplicateRow", prev);
                }
                if (id != null && seenIds.containsKey(id) && prev == null) {
                    c.problem(Column.ID, "json.duplicateId", id);
                }
            }
            Nominee n = null;
            if (kind == NomineeKind.INDIVIDUAL) {
                IndividualNominee.Builder b = IndividualNominee.builder(id, cellId).name(name).yearOfBirth(year)
                        .sex(sex(c)).citizenId(c.text(Column.CITIZEN_ID)).position(c.text(Column.POSITION)).unit(unit)
                        .categories(categories(c)).keyLeader(c.yesNo(Column.KEY_LEADER)).head(c.yesNo(Column.HEAD))
                        .exemplary(c.yesNo(Column.EXEMPLARY)).proposedByAgency(c.yesNo(Column.PROPOSED_BY_AGENCY))
                        .results(results).recognition(recognition(c)).achievements(achievements).assessment(assessment)
                        .ethnicity(c.text(Column.ETHNICITY));
                if (problems.isEmpty()) {
                    n = b.build();
                }
            } else if (kind == NomineeKind.COLLECTIVE) {
                CollectiveNominee.Builder b = CollectiveNominee.builder(id, cellId).name(name).unit(unit)
                        .changeVsPrevious(c.text(Column.CHANGE)).effect(c.text(Column.EFFECT))
                        .spread(c.text(Column.SPREAD)).achievements(achievements).assessment(assessment);
                if (problems.isEmpty()) {
                    n = b.build();
                }
            } else if (kind == NomineeKind.MODEL) {
                String fieldText = c.text(Column.FIELD);
                ModelField field = null;
                String otherField = null;
                if (fieldText != null) {
                    String[] other = otherOf(fieldText);
                    if (other != null) {
                        field = ModelField.OTHER;
                        otherField = other[1];
                    } else {
                        field = FIELDS.get(Fold.key(fieldText));
                        if (field == null) {
                            c.problem(Column.FIELD, "sheet.field", fieldText, labels(ModelField.values()));
                        }
                    }
                }
                String content = c.text(Column.CONTENT);
                ModelNominee.Builder b = ModelNominee.builder(id, cellId).name(name).unit(unit).field(field)
                        .otherField(otherField).content(content == null ? results : content)
                        .novelty(c.text(Column.NOVELTY)).achievements(achievements).assessment(assessment)
                        .results(modelResults);
                if (problems.isEmpty()) {
                    n = b.build();
                }
            }
            if (n != null) {
                seenKeys.put(Fold.key(name) + "|" + year + "|" + Fold.key(unit) + "|" + kind, row.number());
                seenIds.put(n.id(), row.number());
            }
            return n;
        }

        String cellId(Cells c) {
            String text = c.text(Column.CELL);
            if (text == null) {
                if (defaultCellId == null) {
                    c.problem(Column.CELL, "sheet.required");
                }
                return defaultCellId;
            }
            if (organisations != null) {
                if (organisations.find(text).isPresent()) {
                    return text;
                }
                String k = Fold.key(text);
                for (Organisation o : organisations.all()) {
                    if (Fold.key(o.name()).equals(k)) {
                        return o.id();
                    }
                }
                c.problem(Column.CELL, "sheet.cell", text);
                return null;
            }
            return text;
        }

        Sex sex(Cells c) {
            String s = c.text(Column.SEX);
            if (s == null) {
                return null;
            }
            return switch (Fold.key(s)) {
                case "nam", "male", "m" -> Sex.MALE;
                case "nu", "female", "f" -> Sex.FEMALE;
                default -> {
                    c.problem(Column.SEX, "sheet.sex", s);
                    yield null;
                }
            };
        }

        List<SubjectCategory> categories(Cells c) {
            String s = c.text(Column.CATEGORIES);
            List<SubjectCategory> out = new ArrayList<>();
            if (s == null) {
                if (columns.containsKey(Column.CATEGORIES)) {
                    c.problem(Column.CATEGORIES, "sheet.noCategory");
                }
                return out;
            }
            for (String part : SPLIT_LIST.split(s.strip())) {
                if (part.isBlank()) {
                    continue;
                }
                SubjectCategory cat = CATEGORIES.get(Fold.key(part));
                if (cat == null) {
                    c.problem(Column.CATEGORIES, "sheet.category", part, labels(SubjectCategory.values()));
                } else {
                    out.add(cat);
                }
            }
            return out;
        }

        Assessment assessment(Cells c) {
            String text = c.text(Column.RATING);
            Integer score = c.integer(Column.SCORE);
            if (score != null && (score < 0 || score > 100)) {
                c.problem(Column.SCORE, "json.score", score);
                return null;
            }
            if (text == null) {
                // since 2025 the level follows the 100-point score (Quy định 366-QĐ/TW): not a guess
                return score == null ? null : new Assessment(Rating.fromScore(score), score, null);
            }
            RatingWordings.Lookup l = RatingWordings.lookup(text);
            if (l instanceof RatingWordings.Mapped m) {
                return new Assessment(m.rating(), score, null);
            }
            if (l instanceof RatingWordings.OrganisationOnly) {
                c.problem(Column.RATING, "sheet.ratingOrganisation", text);
            } else {
                c.problem(Column.RATING, "sheet.rating", text);
            }
            return null;
        }

        List<Achievement> achievements(Cells c, String results) {
            String s = c.text(Column.ACHIEVEMENT_TYPES);
            List<Achievement> out = new ArrayList<>();
            if (s == null) {
                return out;
            }
            for (String part : SPLIT_TYPES.split(s.strip())) {
                if (part.isBlank()) {
                    continue;
                }
                String[] other = otherOf(part);
                if (other != null) {
                    out.add(Achievement.other(other[1], results));
                    continue;
                }
                AchievementType t = ACHIEVEMENTS.get(Fold.key(part));
                if (t == null) {
                    c.problem(Column.ACHIEVEMENT_TYPES, "sheet.achievementType", part, labels(AchievementType.values()));
                } else {
                    out.add(Achievement.of(t, results));
                }
            }
            return out;
        }

        Recognition recognition(Cells c) {
            LocalDate date = c.date(Column.MEETING_DATE);
            String body = c.text(Column.MEETING);
            Integer votesFor = c.integer(Column.VOTES_FOR);
            Integer votesTotal = c.integer(Column.VOTES_TOTAL);
            if (date == null && body == null && votesFor == null && votesTotal == null) {
                return null;
            }
            return new Recognition(date, body, votesFor, votesTotal);
        }

        /** "Khác: An ninh trật tự" → {"Khác", "An ninh trật tự"}; else null. */
        String[] otherOf(String s) {
            int colon = s.indexOf(':');
            if (colon > 0 && Fold.key(s.substring(0, colon)).equals("khac") && !s.substring(colon + 1).isBlank()) {
                return new String[] {"Khác", s.substring(colon + 1).strip()};
            }
            return null;
        }

        /** Access to the row's cells by column, with checks; problems name the header as written. */
        final class Cells {
            final RawSheet.RawRow row;
            final List<ImportProblem> problems;

            Cells(RawSheet.RawRow row, List<ImportProblem> problems) {
                this.row = row;
                this.problems = problems;
            }

            String header(Column col) {
                Integer i = columns.get(col);
                return i == null ? col.header() : header.get(i);
            }

            void problem(Column col, String key, Object... args) {
                problems.add(ImportProblem.of(file, row.number(), header(col), Messages.of(key, args)));
            }

            /** The NFC text of the column, stripped; null when the column is absent or the cell blank. */
            String text(Column col) {
                Integer i = columns.get(col);
                if (i == null) {
                    return null;
                }
                RawSheet.RawCell cell = row.cell(i);
                if (cell.error() != null) {
                    return null; // reported once for the whole row
                }
                String s = VietnameseText.nfc(cell.text()).strip();
                if (s.isEmpty()) {
                    return null;
                }
                if (s.length() > MAX_TEXT) {
                    problem(col, "sheet.tooLong", s.length(), MAX_TEXT);
                    return null;
                }
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                        problem(col, "sheet.control");
                        return null;
                    }
                }
                LegacyEncoding.detect(s).ifPresent(kind -> problem(col, "import.legacyEncoding", s, kind.name()));
                return s;
            }

            String required(Column col) {
                String s = text(col);
                if (s == null && (columns.get(col) == null || row.cell(columns.get(col)).error() == null)) {
                    problem(col, "sheet.required");
                }
                return s;
            }

            Integer integer(Column col) {
                String s = text(col);
                if (s == null) {
                    return null;
                }
                try {
                    return Integer.valueOf(s.replace(" ", ""));
                } catch (NumberFormatException e) {
                    problem(col, "sheet.integer", s);
                    return null;
                }
            }

            Integer year(Column col, int maxYear) {
                String s = text(col);
                if (s == null) {
                    return null;
                }
                if (!s.matches("\\d{4}") || Integer.parseInt(s) < 1900 || Integer.parseInt(s) > maxYear) {
                    problem(col, "sheet.year", s, maxYear);
                    return null;
                }
                return Integer.valueOf(s);
            }

            boolean yesNo(Column col) {
                String s = text(col);
                if (s == null) {
                    return false;
                }
                return switch (Fold.key(s)) {
                    case "x", "co", "1", "true", "yes", "v" -> true;
                    case "khong", "0", "false", "no", "-" -> false;
                    default -> {
                        problem(col, "sheet.yesNo", s);
                        yield false;
                    }
                };
            }

            LocalDate date(Column col) {
                String s = text(col);
                if (s == null) {
                    return null;
                }
                for (DateTimeFormatter f : DATES) {
                    try {
                        return LocalDate.parse(s, f);
                    } catch (DateTimeParseException e) {
                        // next
                    }
                }
                problem(col, "sheet.date", s);
                return null;
            }
        }
    }

    static String columnLetter(int i) {
        StringBuilder b = new StringBuilder();
        int n = i + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }

    private static String labels(SubjectCategory[] values) {
        return Arrays.stream(values).map(SubjectCategory::labelVi).collect(Collectors.joining(", "));
    }

    private static String labels(AchievementType[] values) {
        return Arrays.stream(values).map(AchievementType::labelVi).collect(Collectors.joining(", "));
    }

    private static String labels(ModelField[] values) {
        return Arrays.stream(values).map(ModelField::labelVi).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "NomineeSheetReader[cell=" + defaultCellId + "]";
    }

}
