package io.github.ghidanh.core.view;

import io.github.ghidanh.core.internal.Args;
import java.util.List;

/**
 * The directive letter (công văn) that opens a campaign, in the shape of the source letter
 * (CV-0.header … CV-4): subject, recipients, preamble, numbered points with bullets, closing line.
 *
 * @param context header, number, place and date, signature, Nơi nhận
 * @param subject the V/v line, without "V/v "
 * @param recipients the "Kính gửi" recipients, in order
 * @param preamble the opening paragraph(s)
 * @param points the numbered points, in order
 * @param closing the closing line, e.g. "Đề nghị các tập thể, cá nhân nghiêm túc thực hiện./."
 */
public record DirectiveLetterView(DocumentContext context, String subject, List<String> recipients,
        List<String> preamble, List<Point> points, String closing) implements DocumentView {

    public DirectiveLetterView {
        subject = Args.nfc(subject);
        recipients = Args.nfcList(recipients);
        preamble = Args.nfcList(preamble);
        points = Args.list(points);
        closing = Args.nfc(closing);
    }

    /**
     * One numbered point.
     *
     * @param number "1", "2", …
     * @param lead the point's first paragraph
     * @param bullets its "- " bullets, in order
     * @param clauseId the clause it states, e.g. "CV-2"
     */
    public record Point(String number, String lead, List<String> bullets, String clauseId) {
        public Point {
            number = Args.nfc(number);
            lead = Args.nfc(lead);
            bullets = Args.nfcList(bullets);
            clauseId = Args.nfc(clauseId);
        }
    }
}
