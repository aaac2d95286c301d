package org.zjcs.contract.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractVersion;

/** The JSON shapes of the contract API (no entities leave the service). Times are ISO-8601 instants in UTC. */
public final class ContractDtos {

    private ContractDtos() {
    }

    @Schema(description = "One filed version of the contract")
    public record VersionDto(long id, long notice, int revision,
                             @Schema(description = "OWNER or FIRM") String uploaderParty,
                             @Schema(description = "SUBMITTED, CONFIRMED, RETURNED or WITHDRAWN") String status,
                             BigDecimal amount, String serviceContent, String serviceStart, String serviceEnd,
                             String submittedAt, @Schema(description = "the uploader's limit for this version") String dueAt,
                             @Schema(description = "set on the confirmed version: someone missed a limit") boolean late,
                             String answeredAt, String returnReason,
                             @Schema(description = "the other party's answer limit (null for versions filed before it existed)")
                             String answerDueAt,
                             @Schema(description = "set on the confirmed version: the firm missed its limit") boolean firmLate,
                             @Schema(description = "set on the confirmed version: the owner unit missed its limit") boolean ownerLate) {

        public static VersionDto of(ContractVersion c) {
            return new VersionDto(c.getId(), c.getNoticeId(), c.getRevision(), c.getUploaderParty().name(),
                    c.getStatus().name(), c.getAmount(), c.getServiceContent(), ContractApi.text(c.getServiceStart()),
                    ContractApi.text(c.getServiceEnd()), ContractApi.text(c.getSubmittedAt()), ContractApi.text(c.getDueAt()),
                    c.isLate(), ContractApi.text(c.getAnsweredAt()), c.getReturnReason(), ContractApi.text(c.getAnswerDueAt()),
                    c.isFirmLate(), c.isOwnerLate());
        }
    }

    @Schema(description = "One request to extend the service period")
    public record ExtensionDto(long id, long notice, int sequence, String requestedEnd, String reason,
                               @Schema(description = "REQUESTED, APPROVED or REFUSED") String status,
                               String requestedAt, String answeredAt, String answerReason) {

        public static ExtensionDto of(ContractExtension e) {
            return new ExtensionDto(e.getId(), e.getNoticeId(), e.getSequenceNo(), ContractApi.text(e.getRequestedEnd()),
                    e.getReason(), e.getStatus().name(), ContractApi.text(e.getRequestedAt()),
                    ContractApi.text(e.getAnsweredAt()), e.getAnswerReason());
        }
    }

    @Schema(description = "A party's view of a notice's contract")
    public record ContractView(long notice, String noticeStatus,
                               @Schema(description = "The caller's party: OWNER or FIRM") String party,
                               BigDecimal awardAmount, Long winnerFirmId,
                               @Schema(description = "The filing due time") String dueAt,
                               List<VersionDto> versions, List<ExtensionDto> extensions,
                               @Schema(description = "The effective service end (after approved extensions); null before "
                                       + "the confirmation") String serviceEnd,
                               @Schema(description = "The caller is the awarded firm and may still decline") boolean declinable) {

        public static ContractView of(ContractQueries.View v) {
            return new ContractView(v.notice().getId(), v.notice().getStatus().name(), v.party().name(), v.awardAmount(),
                    v.winnerFirmId(), v.dueAt().map(ContractApi::text).orElse(null),
                    v.versions().stream().map(VersionDto::of).toList(),
                    v.extensions().stream().map(ExtensionDto::of).toList(), ContractApi.text(v.serviceEnd()), v.declinable());
        }
    }

    @Schema(description = "Why the version is returned, or why the request is refused; required")
    public record ReasonRequest(String reason) {
    }

    @Schema(description = "A service-period extension request: the new end date (ISO, e.g. 2027-06-30) and why")
    public record ExtensionRequest(String end, String reason) {
    }
}
