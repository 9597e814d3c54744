package io.github.ghidanh.core.properties;

import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How the property tests drive the framework-neutral generators of {@code core.testing} with
 * QuickTheories: QuickTheories draws a 48-bit domain seed; the generator builds the value from
 * {@code new SplittableRandom(seed)}. A failure report shows "seed N → value", and
 * {@code new SplittableRandom(N)} passed to the same generator rebuilds that value exactly (see
 * docs/testing.md).
 *
 * <p>Each property runs {@link #examples()} examples (default 1,000) for each QuickTheories seed of
 * {@link #seeds()} (default: the fixed list {@link #FIXED_SEEDS}). System properties override both:
 * {@code -Dghidanh.pbt.seeds=1,2,3} and {@code -Dghidanh.pbt.examples=20000}.
 */
final class Props {
    private Props() {
    }

    /** The fixed QuickTheories seeds CI runs every property with: the letter's date and its deadline. */
    static final long[] FIXED_SEEDS = {20220531L, 20220610L};

    static long[] seeds() {
        String s = System.getProperty("ghidanh.pbt.seeds");
        if (s == null || s.isBlank()) {
            return FIXED_SEEDS.clone();
        }
        return Arrays.stream(s.split(",")).map(String::strip).mapToLong(Long::parseLong).toArray();
    }

    static int examples() {
        return Integer.getInteger("ghidanh.pbt.examples", 1000);
    }

    /** A generated value with the domain seed that rebuilds it. */
    record Seeded<T>(long seed, T value) {
        @Override
        public String toString() {
            return "seed " + seed + " → " + value;
        }
    }

    /** A QuickTheories generator of values built by a framework-neutral generator from a seed. */
    static <T> Gen<Seeded<T>> seeded(Function<RandomGenerator, T> generator) {
        return Generate.longRange(0, (1L << 48) - 1).map(seed -> new Seeded<>(seed, generator.apply(new SplittableRandom(seed))));
    }

    /** The domain seed to replay ({@code -Dghidanh.pbt.replay=N}), or null for a normal run. */
    static Long replay() {
        String s = System.getProperty("ghidanh.pbt.replay");
        return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
    }

    /** Whether this run replays one failing value instead of searching (the "both outcomes" checks are then skipped). */
    static boolean replaying() {
        return replay() != null;
    }

    /** Checks the property on {@link #examples()} values for each seed of {@link #seeds()}. */
    static <T> void check(Function<RandomGenerator, T> generator, Consumer<Seeded<T>> property) {
        check(examples(), generator, property);
    }

    /**
     * Checks the property on {@code perSeed} values for each seed of {@link #seeds()}; the costly
     * whole-campaign property uses half of {@link #examples()} per seed, still 1,000 in all. With
     * {@code -Dghidanh.pbt.replay=N} it checks only the value of domain seed N.
     */
    static <T> void check(int perSeed, Function<RandomGenerator, T> generator, Consumer<Seeded<T>> property) {
        Long replay = replay();
        if (replay != null) {
            property.accept(new Seeded<>(replay, generator.apply(new SplittableRandom(replay))));
            return;
        }
        Gen<Seeded<T>> gen = seeded(generator);
        for (long seed : seeds()) {
            qt().withFixedSeed(seed).withExamples(perSeed).withShrinkCycles(200).forAll(gen).checkAssert(property);
        }
    }

    /** The number of examples a property sees in one test run. */
    static long total() {
        return (long) seeds().length * examples();
    }
}
