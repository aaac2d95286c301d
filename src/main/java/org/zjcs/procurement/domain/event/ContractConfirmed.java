package org.zjcs.procurement.domain.event;

import java.time.Instant;
import org.zjcs.shared.id.NoticeId;

/** The other party confirmed the filed contract (合同备案) (contract). */
public record ContractConfirmed(NoticeId notice, Instant at) implements NoticeEvent {
}
