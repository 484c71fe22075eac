-- Inspection (督查): rounds with their windows and checklists, teams of inspectors, the visits a solver schedules (one team,
-- one target or unit, one working day) and the solver's jobs with the violations they left.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Sized for a province's round: 2,000 visits, 50 teams.

create table inspection_round (
    id           bigint       not null primary key,
    campaign_id  bigint       not null references campaign (id),
    name         varchar(100) not null,
    first_day    date         not null,
    last_day     date         not null,
    status       varchar(16)  not null,
    published_at timestamp,
    created_by   varchar(64)  not null,
    created_at   timestamp    not null,
    version      bigint       not null
);
create index inspection_round_campaign_idx on inspection_round (campaign_id, first_day);

-- What findings are filed against (检查事项); defaults from the seed speech's complaints.
create table inspection_checklist_item (
    round_id bigint       not null references inspection_round (id) on delete cascade,
    seq_no   integer      not null,
    code     varchar(32)  not null,
    name     varchar(100) not null,
    primary key (round_id, seq_no)
);

create table inspection_team (
    id               bigint      not null primary key,
    round_id         bigint      not null references inspection_round (id),
    name             varchar(50) not null,
    leader_id        bigint      not null references user_account (id),
    daily_capacity   integer     not null,
    home_region_code varchar(9)  references region (code),
    version          bigint      not null
);
create unique index inspection_team_name_uq on inspection_team (round_id, name);

-- The inspectors of a team, the leader among them; one person may serve on several teams of a round.
create table inspection_team_member (
    team_id    bigint not null references inspection_team (id) on delete cascade,
    account_id bigint not null references user_account (id),
    primary key (team_id, account_id)
);
create index inspection_team_member_account_idx on inspection_team_member (account_id);

-- Days the office keeps free for a team (a meeting, a leave).
create table inspection_team_blocked_day (
    team_id     bigint not null references inspection_team (id) on delete cascade,
    blocked_day date   not null,
    primary key (team_id, blocked_day)
);

-- One inspected target or unit of a round (督查安排): unscheduled until the solver or the office gives it a team and a day.
create table inspection_visit (
    id        bigint  not null primary key,
    round_id  bigint  not null references inspection_round (id),
    target_id bigint  references assistance_target (id),
    unit_id   bigint  references unit (id),
    team_id   bigint  references inspection_team (id),
    visit_day date,
    pinned    boolean default false not null,
    -- when the inspected units were told of the visit (the day before it); null until then
    notified_at timestamp,
    version   bigint  not null,
    constraint inspection_visit_one_subject check ((target_id is null and unit_id is not null) or (target_id is not null and unit_id is null))
);
create unique index inspection_visit_target_uq on inspection_visit (round_id, target_id);
create unique index inspection_visit_unit_uq on inspection_visit (round_id, unit_id);
create index inspection_visit_team_idx on inspection_visit (team_id, visit_day);
create index inspection_visit_day_idx on inspection_visit (visit_day, round_id);

-- A run of the solver over a round: its state, the best score so far, and the violations the result still has, in words.
create table schedule_job (
    id            bigint      not null primary key,
    round_id      bigint      not null references inspection_round (id),
    status        varchar(16) not null,
    limit_seconds integer     not null,
    hard_score    bigint,
    soft_score    bigint,
    started_by    varchar(64) not null,
    started_at    timestamp   not null,
    ended_at      timestamp,
    failure       varchar(500),
    version       bigint      not null
);
create index schedule_job_round_idx on schedule_job (round_id, started_at);

create table schedule_violation (
    job_id      bigint       not null references schedule_job (id) on delete cascade,
    seq_no      integer      not null,
    visit_id    bigint,
    constraint_code varchar(32) not null,
    hard        boolean      not null,
    message_key varchar(64)  not null,
    message_args varchar(1000),
    primary key (job_id, seq_no)
);
