package org.zjcs.supervision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.money.Money;
import org.zjcs.shared.pdf.PdfBuilder;
import org.zjcs.shared.pdf.PdfBuilder.KeyValue;
import org.zjcs.shared.pdf.PdfResponse;
import org.zjcs.shared.timeline.TimelineEntry;
import org.zjcs.shared.web.BusinessTimeConverter;
import org.zjcs.supervision.application.NoticeRecordQueries;
import org.zjcs.supervision.application.NoticeRecordQueries.NoticeRecord;

/**
 * A notice's full record as PDF: {@code /account/notice-record/{noticeId}}, for the notice's owner unit, regulators
 * and operators ({@link NoticeRecordQueries} decides: another role 403, another unit's or an unknown notice 404).
 * Laid out in the reader's language; the data (names, reasons) as entered.
 */
@WebServlet("/account/notice-record/*")
public class NoticeRecordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeRecordQueries records;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OptionalLong id = PdfResponse.id(req);
        Optional<NoticeRecord> record;
        try {
            record = id.isEmpty() ? Optional.empty() : records.record(id.getAsLong());
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (record.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NoticeRecord r = record.get();
        Locale loc = locale.getLocale();
        PdfBuilder pdf = PdfBuilder.a4(loc, Instant.now(clock));
        NoticeRecordQueries.Head h = r.head();
        pdf.title(h.title()).subtitle(pdf.text("pdf.record.subtitle"));
        List<KeyValue> head = new ArrayList<>();
        head.add(new KeyValue(pdf.text("notice.owner"), h.ownerName()));
        head.add(new KeyValue(pdf.text("notice.serviceItem"), h.serviceItemCode() + " " + h.serviceItemName()));
        head.add(new KeyValue(pdf.text("pdf.record.status"), pdf.text("notice.status." + h.status())));
        head.add(new KeyValue(pdf.text("notice.method"), pdf.text("notice.method." + h.method())));
        head.add(new KeyValue(pdf.text("pdf.record.price"), h.fixedPrice() != null ? money(h.fixedPrice(), loc)
                : money(h.priceFloor(), loc) + " – " + money(h.priceCeiling(), loc)));
        head.add(new KeyValue(pdf.text("pdf.record.published"), time(h.publishedAt())));
        head.add(new KeyValue(pdf.text("notice.deadline"), time(h.enrolmentDeadline())));
        head.add(new KeyValue(pdf.text("pdf.record.enrolments"), r.enrolments() == null
                ? pdf.text("pdf.record.enrolments.sealed") : String.valueOf(r.enrolments())));
        pdf.keyValues(head);

        pdf.heading(pdf.text("notice.cases"));
        pdf.table(List.of(pdf.text("pdf.record.case.number"), pdf.text("pdf.record.case.project"),
                        pdf.text("pdf.record.case.department"), pdf.text("pdf.record.case.item")), new float[] {2, 3, 3, 2},
                r.cases().stream().map(c -> List.of(c.caseNumber(), c.projectName()
                        + (c.projectCode() == null || c.projectCode().isEmpty() ? "" : "\n" + c.projectCode()),
                        c.department(), nz(c.approvalItem()))).toList(), pdf.text("pdf.record.none"));

        pdf.heading(pdf.text("notice.announcements"));
        pdf.table(List.of(pdf.text("pdf.record.when"), pdf.text("pdf.record.announcement"), "SHA-256"),
                new float[] {2, 3, 5}, r.announcements().stream().map(a -> List.of(time(a.publishedAt()),
                        pdf.text("announcement.kind." + a.kind()) + (a.reason() == null ? "" : "\n" + a.reason()),
                        a.contentHash())).toList(), pdf.text("pdf.record.none"));

        pdf.heading(pdf.text("pdf.record.results"));
        pdf.table(List.of(pdf.text("pdf.record.round"), pdf.text("pdf.record.resultStatus"),
                        pdf.text("pdf.record.winner"), pdf.text("pdf.announcement.amount"), pdf.text("pdf.record.when")),
                new float[] {1, 2, 4, 2, 2.5f}, r.results().stream().map(x -> List.of(String.valueOf(x.round()),
                        pdf.text("selection.status." + x.status()) + (x.voidedReason() == null ? ""
                                : "\n" + x.voidedReason()), nz(x.winner()), money(x.amount(), loc),
                        time(x.selectedAt()))).toList(), pdf.text("pdf.record.none"));

        pdf.heading(pdf.text("pdf.record.steps"));
        pdf.table(List.of(pdf.text("pdf.record.when"), pdf.text("pdf.record.step"), pdf.text("pdf.record.actor")),
                new float[] {2, 6, 2}, r.steps().stream().map(s -> List.of(time(s.at()), step(pdf, s), nz(s.actor())))
                        .toList(), pdf.text("pdf.record.none"));
        PdfResponse.send(resp, h.title() + "-" + pdf.text("pdf.record.subtitle") + ".pdf", pdf);
    }

    private static String step(PdfBuilder pdf, TimelineEntry s) {
        return pdf.text(s.textKey(), s.args().toArray());
    }

    private static String money(BigDecimal amount, Locale locale) {
        return amount == null ? "" : Money.format(amount, locale);
    }

    private static String time(Instant at) {
        return at == null ? "" : BusinessTimeConverter.format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
