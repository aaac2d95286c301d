package org.zjcs.credit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.zjcs.credit.application.CreditListService;
import org.zjcs.credit.application.CreditParties;
import org.zjcs.credit.application.CreditRepairService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditStanding;
import org.zjcs.credit.web.CreditViews.EventView;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.pdf.PdfBuilder;
import org.zjcs.shared.pdf.PdfBuilder.KeyValue;
import org.zjcs.shared.pdf.PdfResponse;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileRef;
import org.zjcs.shared.web.BusinessTimeConverter;

/**
 * A firm's credit report as PDF, in the reader's language. {@code /credit-report/{firmId}}: the public version, what
 * 信用公示 (firm-credit.xhtml) shows to everyone (score, level, list entries without evidence, events).
 * {@code /account/credit-report/{firmId}}: the full version of the firm's credit file (credit code, list entries with
 * their evidence and end, repairs) for those who may see the file ({@link CreditParties#maySeeFile}: the firm itself
 * and regulators, as regulator/firm-credit.xhtml and firm/credit.xhtml); anyone else, and an id that is not a firm,
 * gets 404.
 */
@WebServlet({"/credit-report/*", "/account/credit-report/*"})
public class CreditReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CreditParties parties;

    @Inject
    transient CreditService credit;

    @Inject
    transient CreditListService lists;

    @Inject
    transient CreditViews views;

    @Inject
    transient CreditRepairService repairs;

    @Inject
    transient SettingsService settings;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OptionalLong id = PdfResponse.id(req);
        boolean full = req.getServletPath().startsWith("/account/");
        if (id.isEmpty() || !parties.isFirm(id.getAsLong())) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long firmId = id.getAsLong();
        if (full) {
            try {
                parties.requireRegulatorOrFirm(firmId);
            } catch (DomainException e) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND); // looks absent, like another's file
                return;
            }
        }
        Organisation firm = parties.requireFirm(firmId);
        PdfBuilder pdf = PdfBuilder.a4(locale.getLocale(), Instant.now(clock));
        CreditStanding standing = credit.standing(firmId);
        pdf.title(pdf.text(full ? "pdf.credit.title.full" : "pdf.credit.title.public"))
                .subtitle(firm.getName());
        List<KeyValue> head = new ArrayList<>();
        head.add(new KeyValue(pdf.text("credit.col.firm"), firm.getName()));
        if (full) {
            head.add(new KeyValue(pdf.text("register.creditCode"), firm.getCreditCode()));
        }
        head.add(new KeyValue(pdf.text("credit.firm.score"), String.valueOf(standing.getScore())));
        head.add(new KeyValue(pdf.text("credit.firm.level"), pdf.text("credit.level." + standing.getLevel())));
        pdf.keyValues(head)
                .paragraph(pdf.text("credit.firm.lead", settings.intValue(CreditService.START, 100)));
        entries(pdf, views.entries(lists.entriesOf(firmId)), full);
        if (full) {
            pdf.heading(pdf.text("credit.file.repairs"));
            List<List<String>> rows = repairs.repairsOf(firmId).stream().map(r -> List.of(
                    BusinessTimeConverter.format(r.getAppliedAt()), nz(r.getReason()),
                    pdf.text("credit.repair.status." + r.getStatus()), nz(r.getDecisionReason()))).toList();
            pdf.table(List.of(pdf.text("credit.col.applied"), pdf.text("credit.repair.reason"),
                    pdf.text("credit.col.status"), pdf.text("credit.col.decision")), new float[] {2, 4, 1.5f, 3}, rows,
                    pdf.text("credit.file.noRepairs"));
        }
        pdf.heading(pdf.text("credit.firm.events"));
        List<EventView> events = views.events(firmId);
        pdf.table(List.of(pdf.text("credit.col.date"), pdf.text("pdf.credit.code"), pdf.text("credit.col.event"),
                pdf.text("credit.col.points"), pdf.text("credit.col.ruleVersion")), new float[] {2.2f, 2.6f, 4, 1, 1.3f},
                events.stream().map(e -> List.of(BusinessTimeConverter.format(e.getOccurredAt()), e.getCode(),
                        pdf.text("credit.code." + e.getCode()), e.getSignedPoints(),
                        pdf.text("credit.ruleVersion", e.getRuleVersion()))).toList(),
                pdf.text("credit.firm.noEvents"));
        PdfResponse.send(resp, firm.getName() + "-" + pdf.text(full ? "pdf.credit.title.full" : "pdf.credit.title.public")
                + ".pdf", pdf);
    }

    private static void entries(PdfBuilder pdf, List<EntryView> entries, boolean full) {
        pdf.heading(pdf.text("credit.firm.entries"));
        List<String> head = new ArrayList<>(List.of(pdf.text("credit.col.kind"), pdf.text("credit.col.reason"),
                pdf.text("credit.col.legalBasis"), pdf.text("credit.col.start"), pdf.text("credit.col.end"),
                pdf.text("credit.col.state")));
        if (full) {
            head.add(pdf.text("credit.col.evidence"));
        }
        List<List<String>> rows = entries.stream().map(e -> {
            List<String> row = new ArrayList<>(List.of(pdf.text("credit.kind." + e.getKind()), nz(e.getReason()),
                    nz(e.getLegalBasis()), String.valueOf(e.getStartDate()), e.getEndDate() == null ? "" : e.getEndDate()
                            .toString(), pdf.text("credit.state." + e.getState())));
            if (full) {
                row.add(String.join("\n", e.getEvidence().stream().map(FileRef::getDisplayName).toList()));
            }
            return (List<String>) row;
        }).toList();
        pdf.table(head, full ? new float[] {1, 3, 3, 1.8f, 1.8f, 1.2f, 2.5f} : new float[] {1, 3, 3, 1.8f, 1.8f, 1.2f},
                rows, pdf.text("credit.firm.noEntries"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
