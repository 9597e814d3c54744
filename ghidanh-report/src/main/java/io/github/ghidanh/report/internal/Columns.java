package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.Achievement;
import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.model.SubjectCategory;
import io.github.ghidanh.core.text.CitizenId;
import io.github.ghidanh.core.view.CellCounts;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.view.SubmissionStatus;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The column catalogue of every {@link Table}: id, relative width, alignment and how to print a
 * row's value. The report only formats; every value comes from the view as it is.
 */
final class Columns {

    /** One column: the header label is {@code TABLE.id} in the label bundle. */
    record Column(Table table, String id, int weight, boolean centered, BiFunction<Object, Labels, String> value) {
        /** The field that prints this column's value in a row. */
        public String fieldName() {
            return TemplateNames.columnField(table.name(), id);
        }

        /** The parameter that carries this column's header label. */
        public String headerParameter() {
            return TemplateNames.columnHeader(table.name(), id);
        }
    }

    /** One row of the ward summary's cell table: a cell, or the totals. */
    record CellLine(String no, String name, String supervisor, SubmissionStatus status, LocalDate submittedOn,
            CellCounts counts, boolean total) {
    }

    private static final Map<Table, Map<String, Column>> CATALOGUE = Map.of(
            Table.ENTRIES, index(entries()),
            Table.PROPOSALS, index(proposals()),
            Table.CELLS, index(cells()));

    private Columns() {
    }

    static List<Column> resolve(Table table, List<String> ids) {
        Map<String, Column> all = CATALOGUE.get(table);
        List<Column> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Column c = all.get(id);
            if (c == null) {
                throw new IllegalArgumentException(table + "." + id);
            }
            out.add(c);
        }
        return out;
    }

    private static Map<String, Column> index(List<Column> cols) {
        return cols.stream().collect(Collectors.toUnmodifiableMap(Column::id, c -> c));
    }

    private static List<Column> entries() {
        Table t = Table.ENTRIES;
        return List.of(
                new Column(t, "no", 5, true, (o, l) -> String.valueOf(e(o).number())),
                new Column(t, "date", 10, true, (o, l) -> l.shortDate(e(o).date())),
                new Column(t, "kind", 8, false, (o, l) -> l.get("kindShort." + e(o).nominee().kind().name())),
                new Column(t, "name", 15, false, (o, l) -> text(e(o).nominee().name())),
                new Column(t, "positionUnit", 14, false, (o, l) -> positionUnit(e(o).nominee())),
                new Column(t, "categoryField", 11, false, (o, l) -> categoryField(e(o).nominee(), l)),
                new Column(t, "achievements", 25, false, (o, l) -> achievementsAndResults(e(o).nominee(), l)),
                new Column(t, "rating", 10, false, (o, l) -> l.rating(e(o).nominee().assessment())),
                new Column(t, "level", 9, false, (o, l) -> text(e(o).level())),
                new Column(t, "decision", 12, false, (o, l) -> text(e(o).decision())),
                new Column(t, "note", 9, false, (o, l) -> entryNote(e(o), l)),
                new Column(t, "recordedBy", 9, false, (o, l) -> text(e(o).recordedBy())));
    }

    private static List<Column> proposals() {
        Table t = Table.PROPOSALS;
        return List.of(
                new Column(t, "no", 4, true, (o, l) -> String.valueOf(p(o).no())),
                new Column(t, "name", 15, false, (o, l) -> text(p(o).nominee().name())),
                new Column(t, "birthSex", 8, true, (o, l) -> birthSex(p(o).nominee(), l)),
                // personal data (Nghị định 13/2023/NĐ-CP): masked unless the host asks for it in full
                new Column(t, "citizenId", 11, true, (o, l) -> p(o).nominee() instanceof IndividualNominee i
                        ? text(CitizenId.mask(i.citizenId())) : ""),
                new Column(t, "position", 11, false, (o, l) -> p(o).nominee() instanceof IndividualNominee i ? text(i.position()) : ""),
                new Column(t, "unit", 12, false, (o, l) -> text(p(o).nominee().unit())),
                new Column(t, "categoryField", 11, false, (o, l) -> categoryField(p(o).nominee(), l)),
                new Column(t, "achievements", 30, false, (o, l) -> achievementsAndResults(p(o).nominee(), l)),
                new Column(t, "rating", 11, false, (o, l) -> l.rating(p(o).nominee().assessment())),
                new Column(t, "score", 5, true, (o, l) -> p(o).nominee().assessment() == null || p(o).nominee().assessment().score() == null ? "" : String.valueOf(p(o).nominee().assessment().score())),
                new Column(t, "level", 9, false, (o, l) -> text(p(o).proposedLevel())),
                new Column(t, "note", 8, false, (o, l) -> text(p(o).note())));
    }

    /** The citizen-ID column printing the IDs in full ({@code RenderOptions.showCitizenIds}); any other column as it is. */
    static Column unmasked(Column c) {
        if (c.table() != Table.PROPOSALS || !c.id().equals("citizenId")) {
            return c;
        }
        return new Column(c.table(), c.id(), c.weight(), c.centered(),
                (o, l) -> p(o).nominee() instanceof IndividualNominee i ? text(i.citizenId()) : "");
    }

    private static List<Column> cells() {
        Table t = Table.CELLS;
        List<Column> list = new ArrayList<>();
        list.add(new Column(t, "no", 4, true, (o, l) -> c(o).no()));
        list.add(new Column(t, "cell", 18, false, (o, l) -> c(o).total() ? l.get("wardSummary.total") : text(c(o).name())));
        list.add(count(t, "evaluated", CellCounts::evaluated));
        list.add(count(t, "eligible", CellCounts::eligible));
        list.add(count(t, "recorded", CellCounts::recorded));
        list.add(count(t, "proposed", CellCounts::proposed));
        list.add(count(t, "accepted", CellCounts::accepted));
        list.add(count(t, "returned", CellCounts::returned));
        list.add(count(t, "models", CellCounts::models));
        list.add(count(t, "collectives", CellCounts::collectives));
        list.add(count(t, "individuals", CellCounts::individuals));
        list.add(count(t, "leaders", 9, CellCounts::keyLeadersOrHeads));
        list.add(count(t, "women", CellCounts::women));
        list.add(count(t, "minority", 7, CellCounts::ethnicMinority));
        list.add(count(t, "canBo", k -> k.individuals(SubjectCategory.CAN_BO)));
        list.add(count(t, "dangVien", k -> k.individuals(SubjectCategory.DANG_VIEN)));
        list.add(count(t, "congChuc", k -> k.individuals(SubjectCategory.CONG_CHUC)));
        list.add(count(t, "vienChuc", k -> k.individuals(SubjectCategory.VIEN_CHUC)));
        list.add(count(t, "chienSi", k -> k.individuals(SubjectCategory.CHIEN_SI_LLVT)));
        list.add(count(t, "nhanDan", k -> k.individuals(SubjectCategory.NHAN_DAN)));
        list.add(new Column(t, "status", 9, true, (o, l) -> l.status(c(o).status())));
        list.add(new Column(t, "submittedOn", 8, true, (o, l) -> l.shortDate(c(o).submittedOn())));
        list.add(new Column(t, "supervisor", 14, false, (o, l) -> text(c(o).supervisor())));
        return list;
    }

    private static Column count(Table t, String id, ToIntFunction<CellCounts> f) {
        return count(t, id, 6, f);
    }

    private static Column count(Table t, String id, int weight, ToIntFunction<CellCounts> f) {
        return new Column(t, id, weight, true, (o, l) -> c(o).counts() == null ? "" : String.valueOf(f.applyAsInt(c(o).counts())));
    }

    private static HonourRollEntry e(Object o) {
        return (HonourRollEntry) o;
    }

    private static ProposalListView.Row p(Object o) {
        return (ProposalListView.Row) o;
    }

    private static CellLine c(Object o) {
        return (CellLine) o;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static String positionUnit(Nominee n) {
        if (n instanceof IndividualNominee i) {
            return join(", ", i.position(), i.unit());
        }
        return text(n.unit());
    }

    static String birthSex(Nominee n, Labels l) {
        if (n instanceof IndividualNominee i) {
            return join(", ", i.yearOfBirth() == null ? null : String.valueOf(i.yearOfBirth()), i.sex() == null ? null : l.sex(i.sex()));
        }
        return "";
    }

    static String categoryField(Nominee n, Labels l) {
        if (n instanceof IndividualNominee i) {
            return i.categories().stream().map(l::category).collect(Collectors.joining(", "));
        }
        if (n instanceof ModelNominee m) {
            return m.field() == ModelField.OTHER && m.otherField() != null ? m.otherField() : l.field(m.field());
        }
        return "";
    }

    /** One line per achievement, "- description"; a model without achievements shows its content. */
    static String achievements(Nominee n, Labels l) {
        List<String> lines = new ArrayList<>();
        for (Achievement a : n.achievements()) {
            String d = a.description();
            if (d == null || d.isBlank()) {
                d = a.otherType() != null ? a.otherType() : l.achievementType(a.type());
            }
            lines.add("- " + d);
        }
        if (lines.isEmpty() && n instanceof ModelNominee m && m.content() != null) {
            lines.add(m.content());
        }
        return String.join("\n", lines);
    }

    /**
     * The content column of the proposal list and the honour roll: {@link #achievements}, then a model's results, when given,
     * on their own line ("Kết quả: …"), for the level above to weigh the model.
     */
    static String achievementsAndResults(Nominee n, Labels l) {
        String s = achievements(n, l);
        if (n instanceof ModelNominee m && m.results() != null && !m.results().isBlank()) {
            String r = l.get("modelResults", m.results());
            return s.isEmpty() ? r : s + "\n" + r;
        }
        return s;
    }

    static String entryNote(HonourRollEntry e, Labels l) {
        if (e.supersedes() == null) {
            return "";
        }
        String s = l.get("supersedes", String.valueOf(e.supersedes()));
        return e.correctionReason() == null ? s : s + ": " + e.correctionReason();
    }

    static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p);
            }
        }
        return b.toString();
    }
}
