package io.github.ghidanh.core.model;

import io.github.ghidanh.core.internal.CoreMessages;
import java.time.LocalDate;

/** The period a campaign evaluates (CV-0.purpose): a half-year, a year, a quarter or a date range. */
public sealed interface CampaignPeriod permits CampaignPeriod.HalfYear, CampaignPeriod.Year, CampaignPeriod.Quarter, CampaignPeriod.DateRange {

    LocalDate start();

    LocalDate end();

    /** The Vietnamese wording used in documents, e.g. "6 tháng đầu năm 2022". */
    String labelVi();

    /** The English wording, e.g. "first half of 2022". */
    String labelEn();

    static HalfYear firstHalf(int year) {
        return new HalfYear(year, 1);
    }

    static HalfYear secondHalf(int year) {
        return new HalfYear(year, 2);
    }

    /** A half-year; {@code half} is 1 or 2. */
    record HalfYear(int year, int half) implements CampaignPeriod {
        public HalfYear {
            checkYear(year);
            if (half != 1 && half != 2) {
                throw new ModelException("period.half", CoreMessages.of("model.period.half", "half", half));
            }
        }

        @Override public LocalDate start() { return LocalDate.of(year, half == 1 ? 1 : 7, 1); }
        @Override public LocalDate end() { return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31); }
        @Override public String labelVi() { return "6 tháng " + (half == 1 ? "đầu" : "cuối") + " năm " + year; }
        @Override public String labelEn() { return (half == 1 ? "first" : "second") + " half of " + year; }
    }

    /** A calendar year. */
    record Year(int year) implements CampaignPeriod {
        public Year {
            checkYear(year);
        }

        @Override public LocalDate start() { return LocalDate.of(year, 1, 1); }
        @Override public LocalDate end() { return LocalDate.of(year, 12, 31); }
        @Override public String labelVi() { return "năm " + year; }
        @Override public String labelEn() { return "year " + year; }
    }

    /** A quarter, 1 to 4. */
    record Quarter(int year, int quarter) implements CampaignPeriod {
        private static final String[] ROMAN = {"I", "II", "III", "IV"};

        public Quarter {
            checkYear(year);
            if (quarter < 1 || quarter > 4) {
                throw new ModelException("period.quarter", CoreMessages.of("model.period.quarter", "quarter", quarter));
            }
        }

        @Override public LocalDate start() { return LocalDate.of(year, 3 * quarter - 2, 1); }
        @Override public LocalDate end() { return start().plusMonths(3).minusDays(1); }
        @Override public String labelVi() { return "quý " + ROMAN[quarter - 1] + " năm " + year; }
        @Override public String labelEn() { return "Q" + quarter + " " + year; }
    }

    /** An ad-hoc range, both ends included. */
    record DateRange(LocalDate start, LocalDate end) implements CampaignPeriod {
        public DateRange {
            if (start == null || end == null) {
                throw ModelException.required("CampaignPeriod.DateRange", start == null ? "start" : "end");
            }
            if (end.isBefore(start)) {
                throw new ModelException("period.range",
                        CoreMessages.of("model.period.range", "start", start, "end", end));
            }
        }

        @Override public String labelVi() {
            return "từ ngày " + dmy(start) + " đến ngày " + dmy(end);
        }

        @Override public String labelEn() {
            return "from " + start + " to " + end;
        }

        private static String dmy(LocalDate d) {
            return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }

    private static void checkYear(int year) {
        if (year < 1945 || year > 2200) {
            throw new ModelException("period.year", CoreMessages.of("model.period.year", "year", year));
        }
    }
}
