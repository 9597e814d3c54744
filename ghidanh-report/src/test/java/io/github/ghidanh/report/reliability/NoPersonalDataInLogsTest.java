package io.github.ghidanh.report.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ghidanh.core.model.IndividualNominee;
import io.github.ghidanh.core.model.Nominee;
import io.github.ghidanh.core.view.DocumentView;
import io.github.ghidanh.report.RenderOptions;
import io.github.ghidanh.report.ReportException;
import io.github.ghidanh.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Personal data: rendering every document in every format — and failing to — writes no
 * personal data (names, citizen IDs) to standard output, standard error or any log (JasperReports
 * and its libraries log through java.util.logging here, where a handler on the root logger sees
 * everything). The library itself logs nothing.
 */
class NoPersonalDataInLogsTest {
    static final String SECRET_NAME = "Lê Thị Bí Mật";

    @Test
    void renderingWritesNoNameOrCitizenIdToAnyLog() throws Exception {
        Map<String, String> ids = new HashMap<>();
        int seq = 0;
        for (Nominee n : Views.SAMPLE.nominees()) {
            if (n instanceof IndividualNominee) {
                ids.put(n.id(), String.format("0790851%05d", 20_000 + seq++));
            }
        }
        // every text carries the secret name, and a few characters JasperReports' parsers dislike
        Map<String, DocumentView> docs = Views.withTexts(s -> s == null ? null : SECRET_NAME + " \u0001\uFFFF<b>&" + s, ids);

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        StringBuilder logs = new StringBuilder();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (logs) {
                    logs.append(r.getLevel()).append(' ').append(r.getMessage()).append(' ')
                            .append(r.getParameters() == null ? "" : List.of(r.getParameters())).append(' ')
                            .append(r.getThrown() == null ? "" : r.getThrown().toString()).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        int rendered = 0;
        try (PrintStream p = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            System.setErr(p);
            Reports reports = Reports.create();
            for (Map.Entry<String, DocumentView> d : docs.entrySet()) {
                for (RenderOptions o : Views.options(d.getKey())) {
                    assertThat(reports.render(d.getValue(), o)).isNotEmpty();
                    rendered++;
                }
            }
            try {
                reports.render(docs.get("letter"), RenderOptions.of(io.github.ghidanh.report.Format.XLSX));
            } catch (ReportException expected) {
                // a refusal: its message is for the caller, not for a log
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        String all = captured.toString(StandardCharsets.UTF_8) + logs;
        assertThat(rendered).isEqualTo(22);
        assertThat(all).doesNotContain(SECRET_NAME).doesNotContain("Bí Mật");
        for (String id : ids.values()) {
            assertThat(all).doesNotContain(id);
        }
        System.out.println("logs: " + rendered + " documents rendered with personal data, " + all.lines().count()
                + " log/console lines written, none with a name or citizen ID");
    }
}
