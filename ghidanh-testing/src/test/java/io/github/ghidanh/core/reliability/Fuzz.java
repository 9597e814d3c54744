package io.github.ghidanh.core.reliability;

import io.github.ghidanh.core.GhidanhException;
import io.github.ghidanh.testing.LibraryWords;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzz cases one by one, each bounded by a generous time limit (a hang guard, not a timing
 * assertion), and sorts every outcome: a result, a clear error (a {@link GhidanhException} with a
 * code and a message in both languages), or an escape (any other throwable, a hang, or a clear
 * error without its messages). Each case is named by its suite, seed and index so it can be replayed.
 */
final class Fuzz implements AutoCloseable {
    /** Per case; generous so that a slow shared CI machine never trips it. */
    static final long LIMIT_SECONDS = 60;

    interface Body {
        void run() throws Exception;
    }

    private final String suite;
    private final ExecutorService worker;
    private int tried;
    private int clearErrors;
    private final List<String> escaped = new ArrayList<>();

    Fuzz(String suite) {
        this.suite = suite;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + suite);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs one case. */
    void check(String label, Body body) {
        tried++;
        Future<?> f = worker.submit(() -> {
            body.run();
            return null;
        });
        try {
            f.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            escaped.add(label + ": no result within " + LIMIT_SECONDS + " s (hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof GhidanhException g) {
                clear(label, g);
            } else {
                escaped.add(label + ": " + describe(t));
            }
        }
    }

    /** Records an expected clear error caught inside a case (the case goes on). */
    void clear(String label, GhidanhException g) {
        clearErrors++;
        if (g.code() == null || g.code().isBlank() || g.messageVi().isBlank() || g.messageEn().isBlank()) {
            escaped.add(label + ": error without code or message: " + describe(g));
        } else {
            // in the user's words: nothing of the parser or any other library underneath
            LibraryWords.in(g.messageVi()).or(() -> LibraryWords.in(g.messageEn()))
                    .ifPresent(w -> escaped.add(label + ": a message with the library word \"" + w + "\": " + describe(g)));
        }
    }

    /** Records a broken guarantee found inside a case. */
    void escape(String label, String what) {
        escaped.add(label + ": " + what);
    }

    int tried() {
        return tried;
    }

    List<String> escaped() {
        return escaped;
    }

    /** The summary line the suite prints. */
    String summary() {
        return "fuzz " + suite + ": " + tried + " generated bad inputs tried, " + clearErrors + " clear errors, "
                + escaped.size() + " escaped";
    }

    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getName()).append(": ").append(cut(String.valueOf(t.getMessage())));
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(6, st.length); i++) {
            b.append("\n    at ").append(st[i]);
        }
        if (t.getCause() != null && t.getCause() != t) {
            b.append("\n  caused by ").append(describe(t.getCause()));
        }
        return b.toString();
    }

    static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
