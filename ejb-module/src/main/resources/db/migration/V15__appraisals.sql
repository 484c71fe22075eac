-- Appraisal forms (考评表) of the year-end appraisal: one per unit and scheme version, their scored indicators, their
-- history, the units' appeals (申诉) and the batch scoring jobs. Runs unchanged on H2 2.2 and PostgreSQL 15+.

create table appraisal (
    id              bigint        not null primary key,
    campaign_id     bigint        not null references campaign (id),
    scheme_id       bigint        not null references scoring_scheme (id),
    unit_id         bigint        not null references unit (id),
    state           varchar(16)   not null,
    total_points    numeric(7, 2),
    self_total      numeric(7, 2),
    deducted_points numeric(7, 2) not null,
    cap_grade       varchar(16),
    vetoes          varchar(500)  not null,
    self_assess_by  date          not null,
    frozen_at       timestamp,
    frozen_as_of    date,
    -- every metric's frozen value, "key=value;…"
    metric_values   varchar(2000),
    -- the records behind the frozen metrics with their versions, one line a record: "type id version metric-bits"
    frozen_records  text,
    scored_by       varchar(64),
    reviewed_by     varchar(64),
    publicity_ends  date,
    created_by      varchar(64)   not null,
    created_at      timestamp     not null,
    version         bigint        not null,
    constraint appraisal_unit_scheme_uq unique (scheme_id, unit_id)
);
create index appraisal_campaign_idx on appraisal (campaign_id, state);
create index appraisal_unit_idx on appraisal (unit_id);

create table appraisal_item (
    id             bigint        not null primary key,
    appraisal_id   bigint        not null references appraisal (id) on delete cascade,
    seq_no         integer       not null,
    indicator_code varchar(32)   not null,
    self_points    numeric(7, 2),
    self_note      varchar(1000),
    score_points   numeric(7, 2),
    note           varchar(1000),
    computed       boolean       not null,
    constraint appraisal_item_uq unique (appraisal_id, indicator_code)
);

create table appraisal_event (
    id             bigint        not null primary key,
    appraisal_id   bigint        not null references appraisal (id) on delete cascade,
    action         varchar(16)   not null,
    indicator_code varchar(32),
    points_before  numeric(7, 2),
    points_after   numeric(7, 2),
    reason         varchar(1000),
    actor          varchar(64)   not null,
    acted_at       timestamp     not null
);
create index appraisal_event_form_idx on appraisal_event (appraisal_id, acted_at);

create table appeal (
    id             bigint        not null primary key,
    appraisal_id   bigint        not null references appraisal (id),
    indicator_code varchar(32)   not null,
    reason         varchar(1000) not null,
    state          varchar(16)   not null,
    filed_by       varchar(64)   not null,
    filed_at       timestamp     not null,
    answer         varchar(1000),
    answered_by    varchar(64),
    answered_at    timestamp,
    score_before   numeric(7, 2),
    score_after    numeric(7, 2),
    version        bigint        not null
);
create index appeal_form_idx on appeal (appraisal_id, state);

create table scoring_job (
    id            bigint        not null primary key,
    campaign_id   bigint        not null references campaign (id),
    scheme_id     bigint        references scoring_scheme (id),
    status        varchar(16)   not null,
    forms_total   integer       not null,
    forms_done    integer       not null,
    forms_failed  integer       not null,
    failures      varchar(20000),
    started_by    varchar(64)   not null,
    started_at    timestamp     not null,
    beat_at       timestamp     not null,
    ended_at      timestamp,
    failure       varchar(500),
    version       bigint        not null
);
create index scoring_job_campaign_idx on scoring_job (campaign_id, started_at);
