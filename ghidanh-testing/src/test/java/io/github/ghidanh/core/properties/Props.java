package io.github.ghidanh.core.properties;

import static org.quicktheories.QuickTheory.qt;

import io.github.ghidanh.testing.Check;
import io.github.ghidanh.testing.Choices;
import io.github.ghidanh.testing.Counterexample;
import io.github.ghidanh.testing.Shrinker;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * How the property tests drive the framework-neutral generators of {@code io.github.ghidanh.testing}
 * with QuickTheories. Every decision a generator takes is one integer drawn from QuickTheories'
 * randomness source with its bounds and its lowest value as shrink target, so QuickTheories'
 * shrinker works on the decisions and the value shrinks with them. QuickTheories' shrinker only
 * moves one integer at a time at random and never deletes one, so the smallest value it found is
 * then shrunk further by {@link Shrinker} (deleting and lowering decisions until none helps), and
 * the failure reports that value readably: the fields that differ from the generator's simplest
 * value, and the choices that replay it ({@code -Dghidanh.pbt.replay=…}).
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

    /** A generated value with the choices that rebuild it ({@code Choices.replay(choices)}). */
    record Drawn<T>(String choices, T value) {
        @Override
        public String toString() {
            return "choices " + choices + " → " + value;
        }
    }

    /**
     * The QuickTheories adapter: a generator of values built from decisions drawn from
     * QuickTheories' randomness source, each bounded and with its lowest value as shrink target.
     */
    static <T> Gen<Drawn<T>> drawn(Function<Choices, T> generator) {
        return in -> {
            Choices.Recording rec = Choices.recording(Choices.from((lo, hi) -> (int) in.next(
                    Constraint.between(lo, hi).withShrinkPoint(lo))));
            T value = generator.apply(rec);
            return new Drawn<>(rec.toString(), value);
        };
    }

    /** The choices to replay ({@code -Dghidanh.pbt.replay=0.2.1}), or null for a normal run. */
    static String replay() {
        String s = System.getProperty(Check.REPLAY_PROPERTY);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether this run replays one failing value instead of searching (the "both outcomes" checks are then skipped). */
    static boolean replaying() {
        return replay() != null;
    }

    /** Checks the property on {@link #examples()} values for each seed of {@link #seeds()}. */
    static <T> void check(Function<Choices, T> generator, Consumer<Drawn<T>> property) {
        check(examples(), generator, property);
    }

    /**
     * Checks the property on {@code perSeed} values for each seed of {@link #seeds()}; the costly
     * whole-campaign properties use a fraction of {@link #examples()} per seed. With
     * {@code -Dghidanh.pbt.replay=CHOICES} it checks only the value of those choices.
     */
    static <T> void check(int perSeed, Function<Choices, T> generator, Consumer<Drawn<T>> property) {
        String replay = replay();
        if (replay != null) {
            Choices.Recording rec = Choices.recording(Choices.replay(replay));
            property.accept(new Drawn<>(replay, generator.apply(rec)));
            return;
        }
        for (long seed : seeds()) {
            Counterexample<T> c = search(seed, perSeed, generator, property);
            if (c != null) {
                throw new AssertionError("Property falsified (QuickTheories seed " + seed + ", " + perSeed + " examples).\n"
                        + c.report(generator.apply(Choices.simplest()), "-D" + Check.REPLAY_PROPERTY + "=" + c.choices()),
                        c.failure());
            }
        }
    }

    /**
     * Runs QuickTheories with that seed; on a failure, shrinks the smallest value QuickTheories
     * found further with {@link Shrinker} and returns it; null if the property held.
     */
    static <T> Counterexample<T> search(long seed, int examples, Function<Choices, T> generator,
            Consumer<Drawn<T>> property) {
        // QuickTheories calls the property on every value it tries, the smaller failing ones last
        AtomicReference<Drawn<T>> lastFailing = new AtomicReference<>();
        try {
            qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(100).forAll(drawn(generator)).checkAssert(d -> {
                try {
                    property.accept(d);
                } catch (AssertionError | RuntimeException e) {
                    lastFailing.set(d);
                    throw e;
                }
            });
            return null;
        } catch (AssertionError e) {
            Drawn<T> smallest = lastFailing.get();
            if (smallest == null) {
                throw e;
            }
            int[] choices = smallest.choices().isEmpty() ? new int[0]
                    : Arrays.stream(smallest.choices().split("\\.")).mapToInt(Integer::parseInt).toArray();
            Function<Choices, Drawn<T>> replayable = c -> {
                Choices.Recording rec = Choices.recording(c);
                T value = generator.apply(rec);
                return new Drawn<>(rec.toString(), value);
            };
            Counterexample<Drawn<T>> c = Shrinker.shrink(replayable, property, choices);
            return new Counterexample<>(c.value().value(), c.choices(), c.failure(), c.shrinkRuns());
        }
    }

    /** The number of examples a property sees in one test run. */
    static long total() {
        return (long) seeds().length * examples();
    }
}
