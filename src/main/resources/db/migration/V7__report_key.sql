-- A client's own key for a report (HTTP header Idempotency-Key): a report sent again with the same key, after a
-- lost answer or a node that died mid-request, finds the case the first one made instead of making a second.
-- Keys are the reporter's own; the digest tells a repeated report from a different one under a reused key.
alter table hazard_case add column report_key varchar(64);
alter table hazard_case add column report_digest varchar(64);
create unique index uk_hazard_case_report_key on hazard_case (reported_by, report_key);
