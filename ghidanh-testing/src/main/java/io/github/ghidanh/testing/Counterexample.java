package io.github.ghidanh.testing;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shrunk failing value, with the decisions that rebuild it and a readable account of it.
 *
 * @param value the value
 * @param choices its decisions as {@link Choices#replay(String)} reads them; the key to replay it
 * @param failure what the property threw for it
 * @param shrinkRuns how many replays the shrinking took
 * @param <T> the type of the value
 */
public record Counterexample<T>(T value, String choices, Throwable failure, int shrinkRuns) {

    public Counterexample {
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * The value's fields that differ from those of {@code reference} (usually the generator's
     * simplest value, built from {@link Choices#simplest()}), one line each, as
     * {@code path = value}: record components are followed down (lists of equal size element by
     * element), and where a nominee is of another kind than the reference's, it is compared with
     * the simplest valid nominee of its own kind. Texts are quoted, with invisible characters
     * written as {@code \\uXXXX}.
     *
     * @param reference the value to compare with
     * @return the differing fields; empty if the value is the reference
     */
    public List<String> differences(Object reference) {
        List<String> out = new ArrayList<>();
        diff("value", value, reference, out);
        return out;
    }

    /**
     * The report a property test prints: the fields that differ from {@code reference}, the
     * failure's message and how to replay the value.
     *
     * @param reference the value to compare with, usually the generator's simplest
     * @param replayHint how to replay in the caller's setting, e.g. a system property; may be null
     * @return several lines
     */
    public String report(Object reference, String replayHint) {
        StringBuilder b = new StringBuilder();
        List<String> d = differences(reference);
        b.append("Shrunk counterexample (").append(shrinkRuns).append(" shrink runs); ");
        if (d.isEmpty()) {
            b.append("it is the simplest value itself:\n  ").append(render(value)).append('\n');
        } else {
            b.append("fields that differ from the simplest value:\n");
            d.forEach(x -> b.append("  ").append(x).append('\n'));
        }
        String msg = String.valueOf(failure.getMessage()).strip();
        if (msg.length() > 600) {
            msg = msg.substring(0, 600) + " …";
        }
        b.append("Failure: ").append(failure.getClass().getSimpleName()).append(": ").append(msg.replace("\n", "\n  "))
                .append('\n');
        b.append("Choices: \"").append(choices).append("\" (rebuild with generator.apply(Choices.replay(\"").append(choices)
                .append("\")))");
        if (replayHint != null) {
            b.append("\nReplay: ").append(replayHint);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ readable differences

    private static void diff(String path, Object v, Object ref, List<String> out) {
        if (Objects.equals(v, ref)) {
            return;
        }
        if (v instanceof Nominee n && ref != null && ref.getClass() != v.getClass()) {
            ref = simplestLike(n);
        }
        if (v != null && ref != null && v.getClass() == ref.getClass() && v.getClass().isRecord()) {
            RecordComponent[] components = v.getClass().getRecordComponents();
            try {
                for (RecordComponent c : components) {
                    var accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    diff(path + "." + c.getName(), accessor.invoke(v), accessor.invoke(ref), out);
                }
                return;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a record we may not read: print it whole below
            }
        }
        if (v instanceof List<?> a && ref instanceof List<?> r && a.size() == r.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "[" + i + "]", a.get(i), r.get(i), out);
            }
            return;
        }
        out.add(path + " = " + render(v));
    }

    /** The simplest valid nominee of the same kind, id and cell. */
    private static Nominee simplestLike(Nominee n) {
        LocalDate on = n instanceof IndividualNominee i && i.recognition() != null && i.recognition().meetingDate() != null
                ? i.recognition().meetingDate() : LocalDate.of(2019, 1, 1);
        return NomineeGenerators.valid(Choices.simplest(), n.kind(), n.id(), n.cellId(), on);
    }

    /** A value as text, strings quoted with invisible and control characters escaped. */
    static String render(Object v) {
        if (v instanceof CharSequence s) {
            StringBuilder b = new StringBuilder("\"");
            s.codePoints().forEach(cp -> {
                boolean plain = cp == ' ' || (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                        && Character.getType(cp) != Character.SURROGATE && Character.getType(cp) != Character.UNASSIGNED);
                if (plain) {
                    b.appendCodePoint(cp);
                } else {
                    b.append(String.format("\\u%04X", cp));
                }
            });
            String text = b.append('"').toString();
            return text.length() > 200 ? text.substring(0, 200) + "…\" (" + s.length() + " chars)" : text;
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(render(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (v != null && v.getClass().isRecord()) {
            StringBuilder b = new StringBuilder(v.getClass().getSimpleName()).append('[');
            try {
                RecordComponent[] cs = v.getClass().getRecordComponents();
                for (int i = 0; i < cs.length; i++) {
                    var accessor = cs[i].getAccessor();
                    accessor.setAccessible(true);
                    b.append(i == 0 ? "" : ", ").append(cs[i].getName()).append('=').append(render(accessor.invoke(v)));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return String.valueOf(v);
            }
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }
}
