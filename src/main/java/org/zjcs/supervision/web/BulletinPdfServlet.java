package org.zjcs.supervision.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.pdf.PdfBuilder;
import org.zjcs.shared.pdf.PdfBuilder.KeyValue;
import org.zjcs.shared.pdf.PdfResponse;
import org.zjcs.shared.web.BusinessTimeConverter;
import org.zjcs.supervision.application.BulletinQueries;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinUnit;

/**
 * A bulletin as PDF (link `pdf.bulletin.download` on bulletin.xhtml and regulator/bulletins.xhtml): {@code /bulletin-pdf/{id}}. A published
 * (or withdrawn, with its reason) 通报 is public like its page; a draft only for its regulator organisation
 * ({@link BulletinQueries#readable} decides); to anyone else, and for an unknown or malformed id, 404. The content is
 * the page's: title, number, issuing regulator, month and period, publication time, the text and the units named with
 * the figures copied at drafting; laid out in the reader's language, the data as entered.
 */
@WebServlet("/bulletin-pdf/*")
public class BulletinPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulletinQueries bulletins;

    @Inject
    transient RankFormat format;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OptionalLong id = PdfResponse.id(req);
        Bulletin b;
        try {
            if (id.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            b = bulletins.readable(id.getAsLong());
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND); // a draft looks absent, like an unknown id
            return;
        }
        PdfBuilder pdf = PdfBuilder.a4(locale.getLocale(), Instant.now(clock));
        String issuer = bulletins.issuer(b);
        String number = pdf.text("pdf.bulletin.numberValue", String.valueOf(b.getId()));
        pdf.title(b.getTitle()).subtitle(issuer + " · " + number + " · " + pdf.text("rank.bulletin.state." + b.getState()));
        YearMonth month = b.yearMonth();
        List<KeyValue> head = new ArrayList<>();
        head.add(new KeyValue(pdf.text("pdf.bulletin.issuer"), issuer));
        head.add(new KeyValue(pdf.text("pdf.bulletin.number"), number));
        head.add(new KeyValue(pdf.text("rank.bulletin.month"), b.getMonth()));
        head.add(new KeyValue(pdf.text("pdf.bulletin.period"),
                pdf.text("pdf.bulletin.periodValue", month.atDay(1).toString(), month.atEndOfMonth().toString())));
        head.add(new KeyValue(pdf.text("rank.bulletin.publishedAt"), b.getPublishedAt() == null
                ? pdf.text("pdf.bulletin.notPublished") : BusinessTimeConverter.format(b.getPublishedAt())));
        pdf.keyValues(head);
        if (b.getWithdrawReason() != null) {
            pdf.paragraph(pdf.text("rank.bulletin.withdrawnBecause", b.getWithdrawReason()));
        }
        pdf.paragraph(b.getBody());
        pdf.heading(pdf.text("rank.bulletin.units"));
        List<List<String>> rows = new ArrayList<>();
        for (BulletinUnit u : b.getUnits()) {
            rows.add(List.of(pdf.text("rank.unit." + u.getUnitKind()), u.getUnitName(),
                    u.getRank() == null ? pdf.text("rank.tooFew") : String.valueOf(u.getRank()),
                    String.valueOf(u.getClosed()), String.valueOf(u.getLate()), format.percent(u.getOnTimePermille()),
                    String.valueOf(u.getOverdueAtEnd())));
        }
        pdf.table(List.of(pdf.text("rank.col.kind"), pdf.text("rank.col.unit"), pdf.text("rank.col.rank"),
                        pdf.text("rank.col.closed"), pdf.text("rank.col.late"), pdf.text("rank.col.onTimeRate"),
                        pdf.text("rank.col.overdueAtEnd")), new float[] {1.3f, 4, 1.3f, 1.2f, 1.2f, 1.5f, 1.5f}, rows,
                pdf.text("pdf.record.none"));
        PdfResponse.send(resp, b.getTitle() + ".pdf", pdf);
    }
}
