package io.github.ghidanh.testing;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shrinks a failing value by shrinking the {@link Choices} it was built from, the way Hypothesis
 * does: the failing decisions are edited (blocks deleted, blocks set to their lowest, each
 * decision lowered by binary search), each edited sequence is replayed through the generator and
 * the property, and an edit is kept when the property still fails with the same kind of error and
 * the decisions actually read are smaller (fewer, or equally many and lexicographically lower).
 * Because every generator of this package makes its lowest decision the simplest outcome, the
 * smallest failing sequence gives the simplest failing value. It runs until no edit helps or the
 * budget of runs is spent, and needs nothing but the generator and the property, so it works after
 * any tool (QuickTheories, a host's own loop, {@link Check}) found the failure.
 *
 * <p>Stateless and thread-safe; the generator and the property must be deterministic.
 */
public final class Shrinker {
    private Shrinker() {
    }

    /** The default budget of replays for one shrink. */
    public static final int DEFAULT_RUNS = 3000;

    /**
     * Shrinks a failure with the {@link #DEFAULT_RUNS default budget}.
     *
     * @param generator builds the value from choices
     * @param property throws (an {@link AssertionError} or a {@link RuntimeException}) when it fails
     * @param failing decisions whose value fails the property
     * @param <T> the type of the values
     * @return the smallest failing value found
     * @throws IllegalArgumentException if the value of {@code failing} does not fail
     */
    public static <T> Counterexample<T> shrink(Function<Choices, T> generator, Consumer<? super T> property, int[] failing) {
        return shrink(generator, property, failing, DEFAULT_RUNS);
    }

    /**
     * Shrinks a failure.
     *
     * @param generator builds the value from choices
     * @param property throws (an {@link AssertionError} or a {@link RuntimeException}) when it fails
     * @param failing decisions whose value fails the property
     * @param maxRuns the most replays to try
     * @param <T> the type of the values
     * @return the smallest failing value found
     * @throws IllegalArgumentException if the value of {@code failing} does not fail
     */
    public static <T> Counterexample<T> shrink(Function<Choices, T> generator, Consumer<? super T> property, int[] failing,
            int maxRuns) {
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        Run<T> run = new Run<>(generator, property, maxRuns);
        Attempt<T> first = run.attempt(failing.clone(), null);
        if (first == null) {
            throw new IllegalArgumentException("the value of choices " + key(failing) + " does not fail the property");
        }
        run.best = first;
        boolean changed = true;
        while (changed && run.left > 0) {
            changed = false;
            for (int k : new int[] {16, 12, 9, 8, 6, 4, 3, 2, 1}) {
                for (int i = run.best.choices.length - k; i >= 0 && run.left > 0; i--) {
                    if (i + k <= run.best.choices.length) { // the best may have shrunk meanwhile
                        changed |= run.tryCandidate(deleted(run.best.choices, i, k));
                    }
                }
            }
            for (int k : new int[] {8, 4, 2, 1}) {
                for (int i = 0; i + k <= run.best.choices.length && run.left > 0; i++) {
                    int[] c = run.best.choices;
                    if (Arrays.stream(c, i, i + k).anyMatch(v -> v != 0)) {
                        int[] z = c.clone();
                        Arrays.fill(z, i, i + k, 0);
                        changed |= run.tryCandidate(z);
                    }
                }
            }
            for (int i = 0; i < run.best.choices.length && run.left > 0; i++) {
                changed |= lower(run, i);
            }
        }
        return new Counterexample<>(run.best.value, key(run.best.choices), run.best.failure, maxRuns - run.left);
    }

    /** Binary search for the lowest value of decision {@code i} that still fails, the others kept. */
    private static <T> boolean lower(Run<T> run, int i) {
        int v = run.best.choices[i];
        if (v <= 0) {
            return false;
        }
        int[] zero = run.best.choices.clone();
        zero[i] = 0;
        if (run.tryCandidate(zero)) {
            return true;
        }
        int lo = 0; // known to pass (or to change the value's shape)
        int hi = v; // known to fail
        boolean changed = false;
        while (hi - lo > 1 && run.left > 0 && i < run.best.choices.length) {
            int mid = lo + (hi - lo) / 2;
            int[] c = run.best.choices.clone();
            c[i] = mid;
            if (run.tryCandidate(c)) {
                hi = mid;
                changed = true;
            } else {
                lo = mid;
            }
        }
        return changed;
    }

    private static int[] deleted(int[] c, int at, int n) {
        int[] out = new int[c.length - n];
        System.arraycopy(c, 0, out, 0, at);
        System.arraycopy(c, at + n, out, at, c.length - at - n);
        return out;
    }

    /**
     * Writes decisions as {@link Choices#replay(String)} reads them: integers separated by dots.
     *
     * @param choices the decisions
     * @return e.g. {@code "0.2.1"}; empty for no decision
     */
    public static String key(int[] choices) {
        return Arrays.stream(choices).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }

    /** Shortlex order: fewer decisions first, then lexicographically. */
    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compare(a, b);
    }

    private record Attempt<T>(int[] choices, T value, Throwable failure) {
    }

    /** One shrink: the budget left and the best failure so far. Confined to the calling thread. */
    private static final class Run<T> {
        final Function<Choices, T> generator;
        final Consumer<? super T> property;
        int left;
        Attempt<T> best;

        Run(Function<Choices, T> generator, Consumer<? super T> property, int maxRuns) {
            this.generator = generator;
            this.property = property;
            this.left = maxRuns;
        }

        /** Whether the candidate fails like the best so far and is smaller; if so it becomes the best. */
        boolean tryCandidate(int[] candidate) {
            if (left <= 0 || compare(candidate, best.choices) >= 0) {
                return false;
            }
            Attempt<T> a = attempt(candidate, best.failure.getClass());
            if (a != null && compare(a.choices, best.choices) < 0) {
                best = a;
                return true;
            }
            return false;
        }

        /** The failure of the value of these decisions, or null if it passes, fails otherwise or cannot be built. */
        Attempt<T> attempt(int[] candidate, Class<?> sameFailureAs) {
            left--;
            Choices.Recording rec = Choices.recording(Choices.replay(candidate));
            T value;
            try {
                value = generator.apply(rec);
            } catch (RuntimeException e) {
                return null; // not a value the generator can build from these decisions
            }
            try {
                property.accept(value);
                return null;
            } catch (AssertionError | RuntimeException e) {
                if (sameFailureAs != null && e.getClass() != sameFailureAs) {
                    return null; // another bug: keep to the one that was found
                }
                return new Attempt<>(rec.drawn(), value, e);
            }
        }
    }
}
