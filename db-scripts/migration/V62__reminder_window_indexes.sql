-- The reminder scan at volume (shared.reminder.ReminderWindow; docs/architecture.md, "Reminders at volume"): each
-- source reads only the items whose time limit may be within the reminder window. Two of those reads had no index:
-- the open evaluations by their stored due time (the open ones have evaluated_at NULL), and the approved
-- service-period extensions by the end date they set (a deliverable due at the end of an extension).
CREATE INDEX ix_evaluation_open_due ON evaluation (evaluated_at, due_at);
CREATE INDEX ix_contract_extension_approved_end ON contract_extension (status, requested_end);
