package io.github.ghidanh.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.random.RandomGenerator;

/**
 * The stream of decisions a generator draws from. Every decision a generator of this package takes
 * (a size, an index, a flag, an enum constant, a piece of text, a number of days) is one call to
 * {@link #between(int, int)}; the other methods are built on it. The lowest value of every
 * decision is its simplest outcome: an absent optional field, the end of a list, the first entry
 * of a list ordered simplest first, the earliest date. A value is therefore a function of a
 * sequence of small integers, and shrinking the integers (deleting some, lowering others) shrinks
 * the value with them, whatever tool drives the generator. This is the design of Hypothesis'
 * choice sequence.
 *
 * <p>Sources: {@link #random(RandomGenerator)} (any framework or none), {@link #replay(int...)} (a
 * recorded sequence; what a failure report prints), {@link #simplest()} (every decision at its
 * lowest), and {@link #from(IntBinaryOperator)} to plug in another tool's source of integers, e.g.
 * QuickTheories': {@code Choices.from((lo, hi) -> (int) in.next(Constraint.between(lo, hi)))}.
 *
 * <p>A {@code Choices} is stateful (it is a position in a stream): confine each to one thread and
 * one generated value.
 */
@FunctionalInterface
public interface Choices {

    /**
     * The next decision: an integer from {@code lo} to {@code hi}, both included; {@code lo} is the
     * simplest outcome.
     *
     * @param lo the lowest (simplest) value
     * @param hi the highest value, at least {@code lo}
     * @return a value in [lo, hi]
     */
    int between(int lo, int hi);

    /**
     * A flag; {@code false} is the simpler.
     *
     * @return the flag
     */
    default boolean bool() {
        return between(0, 1) == 1;
    }

    /**
     * A flag that is {@code true} about once in {@code n} draws from a random source; {@code false}
     * is the simpler.
     *
     * @param n the odds, at least 1
     * @return the flag
     */
    default boolean oneIn(int n) {
        return between(0, n - 1) == n - 1;
    }

    /**
     * One of the values, the first the simplest.
     *
     * @param from the values, ordered simplest first
     * @param <T> the type of the values
     * @return one of them
     */
    default <T> T pick(List<T> from) {
        return from.get(between(0, from.size() - 1));
    }

    /**
     * One of the values, the first the simplest.
     *
     * @param from the values, ordered simplest first
     * @param <T> the type of the values
     * @return one of them
     */
    @SuppressWarnings("unchecked")
    default <T> T pick(T... from) {
        return from[between(0, from.length - 1)];
    }

    /**
     * A value or, as the simpler outcome, null.
     *
     * @param generator builds the value from the following decisions
     * @param <T> the type of the value
     * @return the value, or null
     */
    default <T> T optional(Function<Choices, T> generator) {
        return bool() ? generator.apply(this) : null;
    }

    /**
     * A list of {@code min} to {@code max} elements. Each element after the {@code min}-th is
     * preceded by a "one more" flag, so deleting an element's decisions (with its flag) deletes the
     * element and nothing else: the list shrinks by dropping elements, not by shifting the others.
     *
     * @param min the fewest elements
     * @param max the most elements
     * @param element builds one element from the following decisions
     * @param <T> the type of the elements
     * @return a new modifiable list
     */
    default <T> List<T> listOf(int min, int max, Function<Choices, T> element) {
        return listOf(min, max, 1, element);
    }

    /**
     * A list as {@link #listOf(int, int, Function)}, whose "one more" decision is drawn from
     * [0, {@code odds}], 0 (the simplest) ending the list: from a random source each further element
     * comes with probability {@code odds / (odds + 1)}, so lists are longer on average.
     *
     * @param min the fewest elements
     * @param max the most elements
     * @param odds the highest value of the "one more" decision, at least 1
     * @param element builds one element from the following decisions
     * @param <T> the type of the elements
     * @return a new modifiable list
     */
    default <T> List<T> listOf(int min, int max, int odds, Function<Choices, T> element) {
        List<T> out = new ArrayList<>();
        while (out.size() < min || (out.size() < max && between(0, odds) != 0)) {
            out.add(element.apply(this));
        }
        return out;
    }

    /**
     * A date from {@code start} to {@code start + maxDays}; {@code start} is the simplest.
     *
     * @param start the simplest date
     * @param maxDays the most days after it
     * @return the date
     */
    default LocalDate date(LocalDate start, int maxDays) {
        return start.plusDays(between(0, maxDays));
    }

    /**
     * A text of {@code min} to {@code max} pieces joined by a space; fewer pieces, and pieces
     * earlier in the list (order them shortest first), are simpler.
     *
     * @param pieces the pieces, shortest first
     * @param min the fewest pieces, at least 1
     * @param max the most pieces
     * @return the text
     */
    default String text(List<String> pieces, int min, int max) {
        return String.join(" ", listOf(min, max, c -> c.pick(pieces)));
    }

    // ------------------------------------------------------------------ sources

    /**
     * Decisions drawn from a random source (e.g. {@code new SplittableRandom(seed)}): the same seed
     * gives the same decisions.
     *
     * @param random the source, confined to this {@code Choices}
     * @return the choices
     */
    static Choices random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return (lo, hi) -> {
            check(lo, hi);
            return lo == hi ? lo : random.nextInt(lo, hi == Integer.MAX_VALUE ? hi : hi + 1);
        };
    }

    /**
     * Decisions taken from another tool's source of integers, e.g. QuickTheories' randomness
     * source, so that the tool's shrinking of its integers shrinks the generated value. A value the
     * source gives outside [lo, hi] is replaced by {@code lo}.
     *
     * @param source gives an integer for bounds {@code lo}, {@code hi}
     * @return the choices
     */
    static Choices from(IntBinaryOperator source) {
        Objects.requireNonNull(source, "source");
        return (lo, hi) -> {
            check(lo, hi);
            int v = source.applyAsInt(lo, hi);
            return v < lo || v > hi ? lo : v;
        };
    }

    /**
     * Replays a recorded sequence of decisions (the "choices" a failure report prints). A value out
     * of its bounds is replaced by the lowest; once the sequence is used up, every further decision
     * is the lowest. So any sequence, also an edited one, gives a value.
     *
     * @param recorded the decisions, in order
     * @return the choices
     */
    static Choices replay(int... recorded) {
        int[] copy = recorded.clone();
        int[] at = {0};
        return (lo, hi) -> {
            check(lo, hi);
            if (at[0] >= copy.length) {
                return lo;
            }
            int v = copy[at[0]++];
            return v < lo || v > hi ? lo : v;
        };
    }

    /**
     * Replays the decisions written as by {@link Recording#toString()}: integers separated by
     * dots, e.g. {@code "0.2.1"}; the empty string is the simplest value.
     *
     * @param recorded the decisions
     * @return the choices
     * @throws NumberFormatException if it is not such a list
     */
    static Choices replay(String recorded) {
        String s = recorded.strip();
        return replay(s.isEmpty() ? new int[0] : Arrays.stream(s.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    /**
     * Every decision at its lowest: the simplest value a generator gives.
     *
     * @return the choices
     */
    static Choices simplest() {
        return (lo, hi) -> {
            check(lo, hi);
            return lo;
        };
    }

    /**
     * Records the decisions another source gives, so that the value can be rebuilt with
     * {@link #replay(int...)} and shrunk by {@link Shrinker}.
     *
     * @param source the source
     * @return a recording wrapper around it
     */
    static Recording recording(Choices source) {
        return new Recording(source);
    }

    private static void check(int lo, int hi) {
        if (hi < lo) {
            throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
        }
    }

    /** Choices that remember every decision drawn through them. Confined to one thread. */
    final class Recording implements Choices {
        private final Choices source;
        private int[] drawn = new int[16];
        private int size;

        private Recording(Choices source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        @Override
        public int between(int lo, int hi) {
            int v = source.between(lo, hi);
            if (size == drawn.length) {
                drawn = Arrays.copyOf(drawn, size * 2);
            }
            drawn[size++] = v;
            return v;
        }

        /**
         * The decisions drawn so far.
         *
         * @return a copy, in order
         */
        public int[] drawn() {
            return Arrays.copyOf(drawn, size);
        }

        /** The decisions drawn so far, separated by dots: what {@link Choices#replay(String)} reads. */
        @Override
        public String toString() {
            return Shrinker.key(drawn());
        }
    }
}
