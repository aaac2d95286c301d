package org.zjcs.procurement.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.shared.i18n.LocaleBean;
import org.zjcs.shared.pdf.PdfBuilder;
import org.zjcs.shared.pdf.PdfBuilder.KeyValue;
import org.zjcs.shared.pdf.PdfResponse;
import org.zjcs.shared.web.BusinessTimeConverter;

/**
 * An announcement of a public notice as PDF ("下载 PDF" on notice.xhtml): {@code /announcement-pdf/{noticeId}/{id}}.
 * Public like the page (a draft's, another notice's or a malformed id answer 404). The terms are those the
 * announcement recorded (its content snapshot, whose SHA-256 is printed), in the reader's language.
 */
@WebServlet("/announcement-pdf/*")
public class AnnouncementPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NoticeQueries notices;

    @Inject
    transient NoticeLabels labels;

    @Inject
    transient LocaleBean locale;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = req.getPathInfo();
        Optional<Announcement> a = Optional.empty();
        Optional<Notice> n = Optional.empty();
        if (p != null && p.matches("/\\d{1,18}/\\d{1,18}(\\.pdf)?")) {
            String[] parts = p.replace(".pdf", "").split("/");
            long noticeId = Long.parseLong(parts[1]);
            n = notices.publicNotice(noticeId);
            a = notices.publicAnnouncement(noticeId, Long.parseLong(parts[2]));
        }
        if (a.isEmpty() || n.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfBuilder pdf = PdfBuilder.a4(locale.getLocale(), Instant.now(clock));
        JsonObject c;
        try (JsonReader r = Json.createReader(new StringReader(a.get().getContent()))) {
            c = r.readObject();
        }
        String kind = pdf.text("announcement.kind." + a.get().getKind());
        pdf.title(c.getString("title", n.get().getTitle()))
                .subtitle(kind + " · " + BusinessTimeConverter.format(a.get().getPublishedAt()))
                .keyValues(terms(pdf, n.get(), c));
        if (a.get().getReason() != null) {
            pdf.paragraph(pdf.text("announcement.reason") + a.get().getReason());
        }
        for (NoticeLabels.Change ch : labels.changes(a.get())) {
            pdf.paragraph(pdf.text("announcement.change.before", pdf.text("announcement.field." + ch.getField()))
                    + ch.getFrom() + pdf.text("announcement.change.between") + ch.getTo()
                    + pdf.text("announcement.change.after"));
        }
        if (c.get("outcome") instanceof JsonObject o && o.containsKey("winnerName")) {
            pdf.keyValues(List.of(new KeyValue(pdf.text("pdf.announcement.winner"), o.getString("winnerName", "")),
                    new KeyValue(pdf.text("pdf.announcement.amount"), money(o, "amount"))));
        }
        pdf.paragraph("SHA-256 " + a.get().getContentHash());
        PdfResponse.send(resp, c.getString("title", "") + "-" + kind + ".pdf", pdf);
    }

    private List<KeyValue> terms(PdfBuilder pdf, Notice n, JsonObject c) {
        List<KeyValue> rows = new ArrayList<>();
        rows.add(new KeyValue(pdf.text("notice.owner"), c.getString("owner", "")));
        rows.add(new KeyValue(pdf.text("notice.serviceItem"), labels.item(n.getServiceItemId())));
        rows.add(new KeyValue(pdf.text("notice.region"), labels.region(c.getString("region", n.getRegionCode()))));
        StringBuilder cases = new StringBuilder();
        for (JsonValue v : c.getJsonArray("approvalCases")) {
            JsonObject k = v.asJsonObject();
            cases.append(cases.length() == 0 ? "" : "\n").append(k.getString("caseNumber", ""))
                    .append(k.getString("projectCode", "").isEmpty() ? "" : " · " + k.getString("projectCode"));
        }
        rows.add(new KeyValue(pdf.text("notice.cases"), cases.toString()));
        rows.add(new KeyValue(pdf.text("notice.serviceContent"), c.getString("serviceContent", "")));
        rows.add(new KeyValue(pdf.text("notice.projectScale"), c.getString("projectScale", "")));
        rows.add(new KeyValue(pdf.text("notice.fundSource"), pdf.text("notice.fund." + c.getString("fundSource", ""))));
        rows.add(new KeyValue(pdf.text("notice.method"), pdf.text("notice.method." + c.getString("method", ""))));
        if (!c.getString("fixedPrice", "").isEmpty()) {
            rows.add(new KeyValue(pdf.text("notice.label.fixedPrice"), money(c, "fixedPrice")));
        } else if (!c.getString("priceCeiling", "").isEmpty()) {
            rows.add(new KeyValue(pdf.text("notice.priceRange"), money(c, "priceFloor") + " – " + money(c, "priceCeiling")));
        }
        rows.add(new KeyValue(pdf.text("notice.serviceDays"),
                pdf.text("notice.workingDays", c.getInt("serviceDays", n.getServiceDays()))));
        String deadline = c.getString("enrolmentDeadline", "");
        rows.add(new KeyValue(pdf.text("notice.deadline"),
                deadline.isEmpty() ? "" : BusinessTimeConverter.format(Instant.parse(deadline))));
        rows.add(new KeyValue(pdf.text("register.contactName"),
                c.getString("contactName", "") + " " + c.getString("contactPhone", "")));
        rows.add(new KeyValue(pdf.text("notice.complaintPhone"), c.getString("complaintPhone", "")));
        return rows;
    }

    private String money(JsonObject o, String field) {
        String v = o.getString(field, "");
        return v.isEmpty() ? "" : labels.money(new BigDecimal(v));
    }
}
