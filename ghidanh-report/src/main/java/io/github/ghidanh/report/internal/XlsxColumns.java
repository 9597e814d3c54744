package io.github.ghidanh.report.internal;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.ModelField;
import io.github.ghidanh.core.model.ModelNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.view.CellCounts;
import io.github.ghidanh.core.view.ProposalListView;
import io.github.ghidanh.core.workflow.HonourRollEntry;
import io.github.ghidanh.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The columns of the XLSX tables, made from the columns the render prints ({@link Columns}). A
 * spreadsheet is sorted, filtered and read back by other systems, so where the printed layout joins
 * two values in one column to save width ("Chức vụ, đơn vị", "Năm sinh, giới tính", "Đối tượng, lĩnh
 * vực") the sheet has one column each, with the header wording the nominee import understands; and a
 * value the sheet can hold typed (an entry number, a year, a count, a date) is given as a number or a
 * date. Every other value is the printed text, written as a text cell.
 */
final class XlsxColumns {

    /** How a cell is written: text (never a formula), a whole number, or a date (dd/mm/yyyy). */
    enum Kind {
        TEXT, NUMBER, DATE
    }

    /**
     * One column of a sheet.
     *
     * @param header the header text
     * @param width the width in characters
     * @param kind how the value is written
     * @param value the row's value: a String for text, an Integer for numbers, a LocalDate for dates, or null (an empty cell)
     */
    record Col(String header, int width, Kind kind, BiFunction<Object, Labels, Object> value) {
    }

    private XlsxColumns() {
    }

    /** The sheet columns of {@code table} for the printed columns {@code printed}. */
    static List<Col> of(Table table, List<Columns.Column> printed, Labels l) {
        List<Col> out = new ArrayList<>();
        for (Columns.Column c : printed) {
            String header = l.get(table.name() + "." + c.id());
            int width = Math.max(6, (int) Math.round(c.weight() * 1.5));
            String key = table.name() + "." + c.id();
            switch (key) {
                case "ENTRIES.no" -> out.add(new Col(header, width, Kind.NUMBER, (o, x) -> ((HonourRollEntry) o).number()));
                case "ENTRIES.date" -> out.add(new Col(header, 12, Kind.DATE, (o, x) -> ((HonourRollEntry) o).date()));
                case "ENTRIES.positionUnit" -> {
                    out.add(new Col(l.get("xlsx.position"), 16, Kind.TEXT, (o, x) -> position(((HonourRollEntry) o).nominee())));
                    out.add(new Col(l.get("xlsx.unit"), 18, Kind.TEXT, (o, x) -> Columns.text(((HonourRollEntry) o).nominee().unit())));
                }
                case "ENTRIES.categoryField" -> {
                    out.add(new Col(l.get("xlsx.categories"), 14, Kind.TEXT, (o, x) -> categories(((HonourRollEntry) o).nominee(), x)));
                    out.add(new Col(l.get("xlsx.field"), 16, Kind.TEXT, (o, x) -> field(((HonourRollEntry) o).nominee(), x)));
                }
                case "PROPOSALS.no" -> {
                    out.add(new Col(header, width + 2, Kind.NUMBER, (o, x) -> ((ProposalListView.Row) o).no()));
                    // the printed list groups the rows under "I. CÁ NHÂN"…; a table says it in a column
                    out.add(new Col(l.get("xlsx.kind"), 10, Kind.TEXT,
                            (o, x) -> x.get("kindShort." + ((ProposalListView.Row) o).nominee().kind().name())));
                }
                case "PROPOSALS.birthSex" -> {
                    out.add(new Col(l.get("xlsx.year"), 8, Kind.NUMBER, (o, x) -> ((ProposalListView.Row) o).nominee()
                            instanceof IndividualNominee i ? i.yearOfBirth() : null));
                    out.add(new Col(l.get("xlsx.sex"), 8, Kind.TEXT, (o, x) -> ((ProposalListView.Row) o).nominee()
                            instanceof IndividualNominee i && i.sex() != null ? x.sex(i.sex()) : ""));
                }
                case "PROPOSALS.categoryField" -> {
                    out.add(new Col(l.get("xlsx.categories"), 14, Kind.TEXT, (o, x) -> categories(((ProposalListView.Row) o).nominee(), x)));
                    out.add(new Col(l.get("xlsx.field"), 16, Kind.TEXT, (o, x) -> field(((ProposalListView.Row) o).nominee(), x)));
                }
                case "PROPOSALS.score" -> out.add(new Col(header, width + 2, Kind.NUMBER, (o, x) -> {
                    Nominee n = ((ProposalListView.Row) o).nominee();
                    return n.assessment() == null ? null : n.assessment().score();
                }));
                case "CELLS.no" -> out.add(new Col(header, width + 2, Kind.NUMBER, (o, x) -> {
                    String no = ((Columns.CellLine) o).no();
                    return no == null || no.isEmpty() ? null : Integer.valueOf(no);
                }));
                case "CELLS.submittedOn" -> out.add(new Col(header, 12, Kind.DATE, (o, x) -> ((Columns.CellLine) o).submittedOn()));
                default -> {
                    if (table == Table.CELLS && isCount(c.id())) {
                        // the printed value is the count itself: the sheet holds it as a number
                        out.add(new Col(header, Math.max(9, width), Kind.NUMBER, (o, x) -> count(c, o, x)));
                    } else {
                        BiFunction<Object, Labels, String> f = c.value();
                        out.add(new Col(header, width, Kind.TEXT, f::apply));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isCount(String id) {
        return !id.equals("cell") && !id.equals("status") && !id.equals("supervisor");
    }

    private static Integer count(Columns.Column c, Object o, Labels l) {
        CellCounts counts = ((Columns.CellLine) o).counts();
        if (counts == null) {
            return null;
        }
        String s = c.value().apply(o, l);
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static String position(Nominee n) {
        return n instanceof IndividualNominee i ? Columns.text(i.position()) : "";
    }

    private static String categories(Nominee n, Labels l) {
        return n instanceof IndividualNominee i ? i.categories().stream().map(l::category).collect(Collectors.joining(", ")) : "";
    }

    /** A model's field; one outside the list as "Khác: …", the form the nominee import reads back. */
    private static String field(Nominee n, Labels l) {
        if (n instanceof ModelNominee m) {
            return m.field() == ModelField.OTHER && m.otherField() != null ? l.get("xlsx.otherField", m.otherField()) : l.field(m.field());
        }
        return "";
    }
}
