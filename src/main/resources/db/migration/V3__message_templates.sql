-- Stored texts for the status updates TAMs send every affected customer. Subject and body hold
-- {placeholders} (such as {customer} or {next_update}) that the console fills from the live incident.
--
-- Names are unique ignoring case: "Status update" and "status update" would be the same template to anyone
-- picking one from a list.
CREATE TABLE message_template (
    id              UUID           NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    name_key        VARCHAR(100)   GENERATED ALWAYS AS (LOWER(name)),
    subject         VARCHAR(500)   NOT NULL DEFAULT '',
    body            VARCHAR(20000) NOT NULL DEFAULT '',
    updated_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_message_template PRIMARY KEY (id),
    CONSTRAINT uq_message_template_name UNIQUE (name_key),
    CONSTRAINT ck_message_template_name CHECK (TRIM(name) <> '')
);

-- Changes to templates are journaled like every other change.
ALTER TABLE journal DROP CONSTRAINT ck_journal_entity;
ALTER TABLE journal ADD CONSTRAINT ck_journal_entity
    CHECK (entity IN ('customer', 'site', 'device', 'staff', 'incident', 'impact', 'task', 'communication',
                      'commitment', 'deferred_work', 'shift', 'database', 'template'));

-- The templates every database starts with. Their ids and time are fixed, the same in every database, so a
-- snapshot of one database merges into another without two "Status update" templates meeting by name.
INSERT INTO message_template (id, name, subject, body, updated_at) VALUES
('5d0c7a53-64a2-4c1e-9b0e-3f6f2c9a1001', 'Status update',
 '{incident} status update for {customer}: {phase}',
 'Hello {contact},

This is our scheduled update on {incident}: {title} ({severity}).

Where we are: {phase}.
Your sites affected: {sites_affected}
Your devices affected: {devices_affected}
Restored so far: {devices_restored}

The work still open for you, and the times we are working to:
{open_etas}

Our next update will reach you by {next_update}. If anything changes before then, we will call you.

Kind regards,
{sender}',
 TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('5d0c7a53-64a2-4c1e-9b0e-3f6f2c9a1002', 'Planned downtime agreed',
 '{incident}: planned downtime agreed with {customer}',
 'Hello {contact},

Thank you for agreeing the downtime we need to recover from {incident} ({title}).

We will work in these windows:
{downtime}

Your services may be unavailable during them. We will tell you as soon as each window is over, and our next update will reach you by {next_update}.

Kind regards,
{sender}',
 TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('5d0c7a53-64a2-4c1e-9b0e-3f6f2c9a1003', 'Service restored',
 '{incident}: services restored for {customer}',
 'Hello {contact},

The services affected by {incident} ({title}) are back. Devices restored: {devices_restored} of {devices_affected}.

We keep a close watch on them for now. If you see anything unusual, call us straight away.

Anything still open for you:
{open_etas}

Kind regards,
{sender}',
 TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');
