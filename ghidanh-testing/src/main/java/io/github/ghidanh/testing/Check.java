package io.github.ghidanh.testing;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property check that needs no property-testing library: draws values from
 * {@link Choices#random random choices}, and on the first failure {@link Shrinker shrinks} it and
 * throws an {@link AssertionError} whose message shows the fields of the shrunk value that differ
 * from the generator's simplest value, the failure, and how to replay it. A host writes
 * <pre>{@code
 * Check.forAll(c -> NomineeGenerators.arbitrary(c, "n", "cb-1", day))
 *      .check(n -> assertThat(...));
 * }</pre>
 *
 * <p>Defaults: 200 examples (system property {@code ghidanh.pbt.examples} for long runs), seed
 * 20220531 ({@code ghidanh.pbt.seed}). With {@code -Dghidanh.pbt.replay=CHOICES} (the choices a
 * report prints) it checks only that value. Immutable and thread-safe; each {@link #check} runs on
 * the calling thread.
 *
 * @param <T> the type of the values
 */
public final class Check<T> {
    /** The system property that names the choices of the one value to replay. */
    public static final String REPLAY_PROPERTY = "ghidanh.pbt.replay";

    private final Function<Choices, T> generator;
    private final int examples;
    private final long seed;

    private Check(Function<Choices, T> generator, int examples, long seed) {
        this.generator = Objects.requireNonNull(generator, "generator");
        if (examples < 1) {
            throw new IllegalArgumentException("examples must be at least 1: " + examples);
        }
        this.examples = examples;
        this.seed = seed;
    }

    /**
     * A check over the values of this generator.
     *
     * @param generator builds a value from choices
     * @param <T> the type of the values
     * @return the check, with the default number of examples and seed
     */
    public static <T> Check<T> forAll(Function<Choices, T> generator) {
        return new Check<>(generator, Integer.getInteger("ghidanh.pbt.examples", 200), Long.getLong("ghidanh.pbt.seed", 20220531L));
    }

    /**
     * The same check with another number of examples.
     *
     * @param n how many values to try, at least 1
     * @return a new check
     */
    public Check<T> examples(int n) {
        return new Check<>(generator, n, seed);
    }

    /**
     * The same check with another seed.
     *
     * @param s the seed of the random choices
     * @return a new check
     */
    public Check<T> seed(long s) {
        return new Check<>(generator, examples, s);
    }

    /**
     * Runs the property on every example.
     *
     * @param property throws (an {@link AssertionError} or a {@link RuntimeException}) when it fails
     * @throws AssertionError with a readable report of the shrunk value if the property fails
     */
    public void check(Consumer<? super T> property) {
        String replay = System.getProperty(REPLAY_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            property.accept(generator.apply(Choices.replay(replay)));
            return;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < examples; i++) {
            Choices.Recording rec = Choices.recording(Choices.random(random.split()));
            T value = generator.apply(rec);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                Counterexample<T> c = Shrinker.shrink(generator, property, rec.drawn());
                throw new AssertionError("Property falsified at example " + (i + 1) + " of " + examples + " (seed " + seed
                        + ").\n" + c.report(generator.apply(Choices.simplest()), "-D" + REPLAY_PROPERTY + "=" + c.choices()),
                        c.failure());
            }
        }
    }
}
