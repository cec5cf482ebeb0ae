-- The whole domain of Sitrep: inventory, staff, incidents with everything under them, and the journal.
--
-- Conventions: ids are UUIDs; times are TIMESTAMP(9) WITH TIME ZONE written in UTC, nanoseconds kept so an
-- Instant reads back exactly as written; enums are stored as their lower-case wire words, each column
-- checked against the words it may hold; free text is never NULL (empty instead), so only times that are
-- not known yet and optional references are nullable.

CREATE TABLE customer (
    id              UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    sla_tier        VARCHAR(16)   NOT NULL,
    tam             VARCHAR(200)  NOT NULL DEFAULT '',
    contact_name    VARCHAR(200)  NOT NULL DEFAULT '',
    contact_phone   VARCHAR(100)  NOT NULL DEFAULT '',
    contact_email   VARCHAR(320)  NOT NULL DEFAULT '',
    notes           VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uq_customer_name UNIQUE (name),
    CONSTRAINT ck_customer_name CHECK (TRIM(name) <> ''),
    CONSTRAINT ck_customer_sla_tier CHECK (sla_tier IN ('platinum', 'gold', 'silver', 'standard'))
);

CREATE TABLE site (
    id              UUID          NOT NULL,
    customer_id     UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    city            VARCHAR(200)  NOT NULL DEFAULT '',
    time_zone       VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_site PRIMARY KEY (id),
    CONSTRAINT fk_site_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT uq_site_name UNIQUE (customer_id, name),
    CONSTRAINT ck_site_name CHECK (TRIM(name) <> '')
);

CREATE TABLE device (
    id              UUID          NOT NULL,
    site_id         UUID          NOT NULL,
    hostname        VARCHAR(255)  NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    product         VARCHAR(200)  NOT NULL DEFAULT '',
    version         VARCHAR(100)  NOT NULL DEFAULT '',
    criticality     SMALLINT      NOT NULL,
    notes           VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT pk_device PRIMARY KEY (id),
    CONSTRAINT fk_device_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT uq_device_hostname UNIQUE (site_id, hostname),
    CONSTRAINT ck_device_hostname CHECK (TRIM(hostname) <> ''),
    CONSTRAINT ck_device_kind CHECK (kind IN ('server', 'workstation', 'network', 'equipment', 'other')),
    CONSTRAINT ck_device_criticality CHECK (criticality BETWEEN 1 AND 3)
);

-- Operators sign in by name, ignoring case, so names are unique ignoring case.
CREATE TABLE staff (
    id              UUID          NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    name_key        VARCHAR(200)  GENERATED ALWAYS AS (LOWER(name)),
    role            VARCHAR(16)   NOT NULL,
    phone           VARCHAR(100)  NOT NULL DEFAULT '',
    skills          VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT pk_staff PRIMARY KEY (id),
    CONSTRAINT uq_staff_name UNIQUE (name_key),
    CONSTRAINT ck_staff_name CHECK (TRIM(name) <> ''),
    CONSTRAINT ck_staff_role CHECK (role IN ('commander', 'engineer', 'tam', 'manager'))
);

CREATE TABLE incident (
    id                      UUID          NOT NULL,
    code                    VARCHAR(32)   NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    kind                    VARCHAR(16)   NOT NULL,
    severity                VARCHAR(8)    NOT NULL,
    phase                   VARCHAR(16)   NOT NULL,
    declared_at             TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    resolved_at             TIMESTAMP(9) WITH TIME ZONE,
    commander_id            UUID,
    summary                 VARCHAR(20000) NOT NULL DEFAULT '',
    update_cadence_minutes  INTEGER       NOT NULL,
    CONSTRAINT pk_incident PRIMARY KEY (id),
    CONSTRAINT uq_incident_code UNIQUE (code),
    CONSTRAINT fk_incident_commander FOREIGN KEY (commander_id) REFERENCES staff (id),
    CONSTRAINT ck_incident_code CHECK (TRIM(code) <> ''),
    CONSTRAINT ck_incident_kind CHECK (kind IN ('vulnerability', 'ransomware', 'outage', 'other')),
    CONSTRAINT ck_incident_severity CHECK (severity IN ('sev1', 'sev2', 'sev3', 'sev4')),
    CONSTRAINT ck_incident_phase
        CHECK (phase IN ('identified', 'responding', 'recovering', 'monitoring', 'resolved')),
    CONSTRAINT ck_incident_resolved_at CHECK ((phase = 'resolved') = (resolved_at IS NOT NULL)),
    CONSTRAINT ck_incident_cadence CHECK (update_cadence_minutes > 0)
);

CREATE INDEX ix_incident_phase_declared ON incident (phase, declared_at);

CREATE TABLE impact (
    incident_id     UUID          NOT NULL,
    device_id       UUID          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    engineer_id     UUID,
    note            VARCHAR(2000) NOT NULL DEFAULT '',
    changed_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_impact PRIMARY KEY (incident_id, device_id),
    CONSTRAINT fk_impact_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_impact_device FOREIGN KEY (device_id) REFERENCES device (id),
    CONSTRAINT fk_impact_engineer FOREIGN KEY (engineer_id) REFERENCES staff (id),
    CONSTRAINT ck_impact_status
        CHECK (status IN ('unknown', 'at_risk', 'down', 'isolated', 'recovering', 'restored', 'verified'))
);

CREATE INDEX ix_impact_incident_status ON impact (incident_id, status);
CREATE INDEX ix_impact_device ON impact (device_id);
CREATE INDEX ix_impact_engineer ON impact (engineer_id);

CREATE TABLE task (
    id              UUID          NOT NULL,
    incident_id     UUID          NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    detail          VARCHAR(20000) NOT NULL DEFAULT '',
    customer_id     UUID,
    site_id         UUID,
    device_id       UUID,
    assignee_id     UUID,
    status          VARCHAR(16)   NOT NULL,
    blocked_reason  VARCHAR(2000) NOT NULL DEFAULT '',
    priority        VARCHAR(4)    NOT NULL,
    eta             TIMESTAMP(9) WITH TIME ZONE,
    downtime_start  TIMESTAMP(9) WITH TIME ZONE,
    downtime_end    TIMESTAMP(9) WITH TIME ZONE,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_task PRIMARY KEY (id),
    CONSTRAINT fk_task_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_task_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_task_device FOREIGN KEY (device_id) REFERENCES device (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES staff (id),
    CONSTRAINT ck_task_title CHECK (TRIM(title) <> ''),
    CONSTRAINT ck_task_status CHECK (status IN ('todo', 'in_progress', 'blocked', 'done')),
    CONSTRAINT ck_task_priority CHECK (priority IN ('p1', 'p2', 'p3')),
    CONSTRAINT ck_task_scope CHECK ((device_id IS NULL OR site_id IS NOT NULL)
                                    AND (site_id IS NULL OR customer_id IS NOT NULL)),
    CONSTRAINT ck_task_downtime CHECK ((downtime_start IS NULL AND downtime_end IS NULL)
                                       OR downtime_end > downtime_start)
);

CREATE INDEX ix_task_incident_status ON task (incident_id, status);
CREATE INDEX ix_task_assignee ON task (assignee_id);
CREATE INDEX ix_task_customer ON task (customer_id);
CREATE INDEX ix_task_site ON task (site_id);
CREATE INDEX ix_task_device ON task (device_id);

CREATE TABLE communication (
    id                  UUID          NOT NULL,
    incident_id         UUID          NOT NULL,
    customer_id         UUID,
    kind                VARCHAR(16)   NOT NULL,
    channel             VARCHAR(100)  NOT NULL DEFAULT '',
    contact             VARCHAR(200)  NOT NULL DEFAULT '',
    summary             VARCHAR(20000) NOT NULL DEFAULT '',
    urgency             VARCHAR(8)    NOT NULL,
    logged_by           VARCHAR(200)  NOT NULL DEFAULT '',
    at                  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    callback_due        TIMESTAMP(9) WITH TIME ZONE,
    callback_done_at    TIMESTAMP(9) WITH TIME ZONE,
    CONSTRAINT pk_communication PRIMARY KEY (id),
    CONSTRAINT fk_communication_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_communication_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_communication_kind
        CHECK (kind IN ('inbound_call', 'outbound_call', 'email', 'status_update', 'internal_note')),
    CONSTRAINT ck_communication_urgency CHECK (urgency IN ('low', 'normal', 'high'))
);

CREATE INDEX ix_communication_incident_at ON communication (incident_id, at);
CREATE INDEX ix_communication_customer_at ON communication (customer_id, at);
CREATE INDEX ix_communication_callback ON communication (incident_id, callback_due);

CREATE TABLE commitment (
    id              UUID          NOT NULL,
    incident_id     UUID          NOT NULL,
    customer_id     UUID          NOT NULL,
    what            VARCHAR(2000) NOT NULL,
    due_at          TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    task_id         UUID,
    state           VARCHAR(8)    NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_commitment PRIMARY KEY (id),
    CONSTRAINT fk_commitment_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_commitment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_commitment_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT ck_commitment_state CHECK (state IN ('open', 'met', 'missed', 'revised'))
);

CREATE INDEX ix_commitment_incident_due ON commitment (incident_id, due_at);
CREATE INDEX ix_commitment_customer ON commitment (customer_id);
CREATE INDEX ix_commitment_task ON commitment (task_id);

-- Every change of a commitment's due time, so "promised for 14:00, then 16:00" stays readable.
CREATE TABLE commitment_revision (
    id              BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    commitment_id   UUID          NOT NULL,
    previous_due    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    new_due         TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    revised_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    revised_by      VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_commitment_revision PRIMARY KEY (id),
    CONSTRAINT fk_commitment_revision_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id)
);

CREATE INDEX ix_commitment_revision_commitment ON commitment_revision (commitment_id, revised_at);

CREATE TABLE deferred_work (
    id              UUID          NOT NULL,
    incident_id     UUID          NOT NULL,
    customer_id     UUID          NOT NULL,
    what            VARCHAR(2000) NOT NULL,
    original_due    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    revised_due     TIMESTAMP(9) WITH TIME ZONE,
    told_at         TIMESTAMP(9) WITH TIME ZONE,
    told_by         VARCHAR(200)  NOT NULL DEFAULT '',
    CONSTRAINT pk_deferred_work PRIMARY KEY (id),
    CONSTRAINT fk_deferred_work_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_deferred_work_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE INDEX ix_deferred_work_incident ON deferred_work (incident_id, original_due);
CREATE INDEX ix_deferred_work_customer ON deferred_work (customer_id);

CREATE TABLE shift (
    id              UUID          NOT NULL,
    incident_id     UUID          NOT NULL,
    start_at        TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    end_at          TIMESTAMP(9) WITH TIME ZONE,
    lead_id         UUID,
    handover_notes  VARCHAR(20000) NOT NULL DEFAULT '',
    CONSTRAINT pk_shift PRIMARY KEY (id),
    CONSTRAINT fk_shift_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_shift_lead FOREIGN KEY (lead_id) REFERENCES staff (id),
    CONSTRAINT ck_shift_end CHECK (end_at IS NULL OR end_at >= start_at)
);

CREATE INDEX ix_shift_incident_start ON shift (incident_id, start_at);
CREATE INDEX ix_shift_lead ON shift (lead_id);

-- A person may leave a shift and come back, so one row per stint.
CREATE TABLE shift_member (
    shift_id        UUID          NOT NULL,
    staff_id        UUID          NOT NULL,
    joined_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP(9) WITH TIME ZONE,
    CONSTRAINT pk_shift_member PRIMARY KEY (shift_id, staff_id, joined_at),
    CONSTRAINT fk_shift_member_shift FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT fk_shift_member_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_shift_member_left CHECK (left_at IS NULL OR left_at >= joined_at)
);

CREATE INDEX ix_shift_member_staff ON shift_member (staff_id);

-- The append-only journal. Sequence numbers come from journal_head (see the store's transaction helper),
-- never from an identity column, so they become visible in commit order.
--
-- The entity column is checked: a new kind of entity comes with its own migration anyway. The action
-- column is not: the vocabulary of actions grows, and older readers show a word they do not know as
-- "other" instead of refusing the history that holds it.
CREATE TABLE journal (
    seq             BIGINT        NOT NULL,
    at              TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)  NOT NULL,
    incident_id     UUID,
    entity          VARCHAR(16)   NOT NULL,
    entity_id       VARCHAR(100)  NOT NULL,
    action          VARCHAR(32)   NOT NULL,
    details         VARCHAR(100000) NOT NULL DEFAULT '{}',
    CONSTRAINT pk_journal PRIMARY KEY (seq),
    CONSTRAINT fk_journal_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT ck_journal_seq CHECK (seq > 0),
    CONSTRAINT ck_journal_entity CHECK (entity IN ('customer', 'site', 'device', 'staff', 'incident', 'impact',
                                                   'task', 'communication', 'commitment', 'deferred_work',
                                                   'shift')),
    CONSTRAINT ck_journal_action CHECK (TRIM(action) <> '')
);

CREATE INDEX ix_journal_incident_seq ON journal (incident_id, seq);
CREATE INDEX ix_journal_entity ON journal (entity, entity_id);

-- One row holding the last sequence number handed out. Every write transaction locks it first.
CREATE TABLE journal_head (
    id              INTEGER       NOT NULL,
    last_seq        BIGINT        NOT NULL,
    CONSTRAINT pk_journal_head PRIMARY KEY (id),
    CONSTRAINT ck_journal_head_single CHECK (id = 1),
    CONSTRAINT ck_journal_head_seq CHECK (last_seq >= 0)
);

INSERT INTO journal_head (id, last_seq) VALUES (1, 0);
