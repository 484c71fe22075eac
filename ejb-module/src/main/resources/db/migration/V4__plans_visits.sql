-- Assistance plans (帮扶方案) and visits (走访 / 工作日志) of a campaign's targets.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

-- One plan per campaign and target, filed by the target's leading unit; the office approves or returns it.
create table assistance_plan (
    id              bigint        not null primary key,
    campaign_id     bigint        not null references campaign (id),
    target_id       bigint        not null references assistance_target (id),
    leading_unit_id bigint        not null references unit (id),
    goals           varchar(4000),
    -- DRAFT, SUBMITTED, APPROVED, RETURNED
    status          varchar(16)   not null,
    -- the day (in China) the plan was first submitted: its lateness against the campaign's plan deadline
    submitted_on    date,
    submitted_at    timestamp,
    decided_at      timestamp,
    decided_by      varchar(64),
    return_reason   varchar(1000),
    version         bigint        not null,
    constraint assistance_plan_uq unique (campaign_id, target_id)
);
create index assistance_plan_status_idx on assistance_plan (campaign_id, status);
create index assistance_plan_unit_idx on assistance_plan (leading_unit_id);
create index assistance_plan_target_idx on assistance_plan (target_id);

-- 帮扶措施: what is done, by which unit, by when.
create table plan_measure (
    id                  bigint        not null primary key,
    plan_id             bigint        not null references assistance_plan (id) on delete cascade,
    seq_no              integer       not null,
    measure_text        varchar(1000) not null,
    responsible_unit_id bigint        references unit (id),
    due_date            date
);
create index plan_measure_plan_idx on plan_measure (plan_id, seq_no);
create index plan_measure_unit_idx on plan_measure (responsible_unit_id);

-- Comments of the co-units (and the office) on a plan.
create table plan_comment (
    id           bigint        not null primary key,
    plan_id      bigint        not null references assistance_plan (id) on delete cascade,
    unit_id      bigint        references unit (id),
    author_login varchar(64)   not null,
    comment_text varchar(2000) not null,
    created_at   timestamp     not null
);
create index plan_comment_plan_idx on plan_comment (plan_id, created_at);
create index plan_comment_unit_idx on plan_comment (unit_id);

-- Attachments are kept in the database (portable, one copy for a cluster); at most 10 MB each.
create table plan_attachment (
    id           bigint       not null primary key,
    plan_id      bigint       not null references assistance_plan (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    byte_size    bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp    not null
);
create index plan_attachment_plan_idx on plan_attachment (plan_id);

-- A visit to a target: one record for a joint visit of several units (it counts for each of them).
create table visit (
    id             bigint        not null primary key,
    campaign_id    bigint        not null references campaign (id),
    target_id      bigint        not null references assistance_target (id),
    visit_date     date          not null,
    -- FIELD 实地走访, MEETING 座谈会, PHONE 电话, ONLINE 线上
    visit_form     varchar(16)   not null,
    learned        varchar(4000) not null,
    follow_ups     varchar(4000),
    recorded_by_id bigint        not null references unit (id),
    recorded_login varchar(64)   not null,
    recorded_at    timestamp     not null,
    version        bigint        not null
);
create index visit_target_idx on visit (campaign_id, target_id, visit_date);
create index visit_target_any_idx on visit (target_id);
create index visit_recorder_idx on visit (recorded_by_id);

create table visit_unit (
    visit_id bigint not null references visit (id) on delete cascade,
    unit_id  bigint not null references unit (id),
    primary key (visit_id, unit_id)
);
-- first visit of each unit: min(visit_date) per unit and target goes from the unit to its visits
create index visit_unit_unit_idx on visit_unit (unit_id, visit_id);

create table visit_cadre (
    visit_id bigint not null references visit (id) on delete cascade,
    cadre_id bigint not null references cadre (id),
    primary key (visit_id, cadre_id)
);
create index visit_cadre_cadre_idx on visit_cadre (cadre_id);
