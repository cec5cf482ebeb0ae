-- Journal entries get a stable id, so a snapshot can carry the journal to another database and a merge can
-- tell which entries that database already holds. Sequence numbers stay local to each database.
-- The ids are random UUIDs, and an import checks the ones it brings against those stored; nothing looks an
-- entry up by id. A unique index would only make every journal write slower (a third of a large import).
ALTER TABLE journal ADD COLUMN id UUID;
UPDATE journal SET id = RANDOM_UUID();
ALTER TABLE journal ALTER COLUMN id SET NOT NULL;

-- Entries about the database as a whole: a snapshot imported into it, or the database replaced by one.
ALTER TABLE journal DROP CONSTRAINT ck_journal_entity;
ALTER TABLE journal ADD CONSTRAINT ck_journal_entity
    CHECK (entity IN ('customer', 'site', 'device', 'staff', 'incident', 'impact', 'task', 'communication',
                      'commitment', 'deferred_work', 'shift', 'database'));

-- Nothing looks entries up by entity, and keeping two text columns indexed doubled the cost of writing a
-- large journal (a snapshot's, a demo's). Entries are found by incident and sequence number.
DROP INDEX ix_journal_entity;

-- Every foreign key declared in V1 got an index of its own from H2, and V1 then created the same index again
-- under its own name: each write paid for both. The duplicates go.
DROP INDEX ix_impact_device;
DROP INDEX ix_impact_engineer;
DROP INDEX ix_task_assignee;
DROP INDEX ix_task_customer;
DROP INDEX ix_task_device;
DROP INDEX ix_task_site;
DROP INDEX ix_commitment_customer;
DROP INDEX ix_commitment_task;
DROP INDEX ix_deferred_work_customer;
DROP INDEX ix_shift_lead;
DROP INDEX ix_shift_member_staff;
