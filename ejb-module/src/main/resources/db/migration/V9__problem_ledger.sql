-- The problem ledger (问题台账): problems from registration (挂号) to closure (销号), their events, categories and numbers,
-- the campaign's service levels (13710-style working-day deadlines), callbacks (回访), common problems (共性问题), the
-- units' daily digests, and what the ledger needs of units, accounts and inboxes. A job that must run once per cluster
-- takes its row of job_lock.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Sized for a province: 1,000,000 problems and 5,000,000 events.

-- A campaign's service levels: working days a routed problem has to be accepted, and to be resolved by difficulty
-- (13710-style); a problem RED this many working days is escalated (督办) by itself; what the callback flags call an
-- answer too short and a resolution too quick. No row: the defaults.
create table service_levels (
    campaign_id             bigint  not null primary key references campaign (id) on delete cascade,
    accept_days             integer not null,
    resolve_days_simple     integer not null,
    resolve_days_ordinary   integer not null,
    resolve_days_complex    integer not null,
    resolve_days_hard       integer not null,
    escalate_after_red_days integer not null,
    min_answer_length       integer not null,
    quick_resolve_minutes   integer not null,
    version                 bigint  not null
);

-- Where the daily digest of a unit's problems is mailed, when SMTP is configured.
alter table unit add column contact_email varchar(100);

-- An ENTERPRISE account acts for one enterprise and sees only its problems.
alter table user_account add column enterprise_id bigint;
alter table user_account add constraint user_account_enterprise_fk foreign key (enterprise_id) references enterprise (id);
create index user_account_enterprise_idx on user_account (enterprise_id);

-- A notice may also go to a contact leader (his cadre): a problem of his enterprise was escalated (督办).
alter table inbox_notice add column cadre_id bigint;
alter table inbox_notice add constraint inbox_notice_cadre_fk foreign key (cadre_id) references cadre (id);
alter table inbox_notice drop constraint inbox_notice_one_recipient;
alter table inbox_notice add constraint inbox_notice_one_recipient check (
    (case when unit_id is null then 0 else 1 end) + (case when office_region_code is null then 0 else 1 end)
        + (case when cadre_id is null then 0 else 1 end) = 1);
create index inbox_notice_cadre_idx on inbox_notice (cadre_id, created_at);

-- Categories (问题类别): the defaults (region_code null) follow the seeds; a county adds its own.
create table problem_category (
    id          bigint      not null primary key,
    region_code varchar(9)  references region (code),
    code        varchar(32) not null,
    name        varchar(50) not null,
    name_en     varchar(50),
    seq_no      integer     not null,
    version     bigint      not null
);
create unique index problem_category_uq on problem_category (code, region_code);
insert into problem_category (id, region_code, code, name, name_en, seq_no, version) values
    (1, null, 'FINANCING', '融资贷款', 'Financing and loans', 1, 0),
    (2, null, 'COST', '降本增效', 'Costs and efficiency', 2, 0),
    (3, null, 'LABOUR', '用工引才', 'Labour and talent', 3, 0),
    (4, null, 'POLICY', '政策落实', 'Policy implementation', 4, 0),
    (5, null, 'FACTORS', '要素保障', 'Land, power, water and other factors', 5, 0),
    (6, null, 'APPROVAL', '审批服务', 'Approvals', 6, 0),
    (7, null, 'MARKET', '市场开拓', 'Markets', 7, 0),
    (8, null, 'OTHER', '其他', 'Other', 8, 0);

-- The last number given per county and year: 挂号编号 430626-2026-00042. Incremented in the registering transaction,
-- whose row lock keeps two registrations from taking one number.
create table problem_number (
    county_code varchar(9) not null,
    number_year integer    not null,
    last_no     integer    not null,
    primary key (county_code, number_year)
);

-- 共性问题: problems of several enterprises merged for one policy-level answer.
create table common_problem (
    id            bigint        not null primary key,
    campaign_id   bigint        not null references campaign (id),
    title         varchar(200)  not null,
    category_code varchar(32)   not null,
    policy_answer varchar(4000),
    -- OPEN, RESOLVED
    state         varchar(16)   not null,
    created_by    varchar(64)   not null,
    created_at    timestamp     not null,
    resolved_at   timestamp,
    version       bigint        not null
);
create index common_problem_campaign_idx on common_problem (campaign_id, created_at);

create table problem (
    id                  bigint        not null primary key,
    problem_number      varchar(24)   not null,
    campaign_id         bigint        not null references campaign (id),
    target_id           bigint        not null references assistance_target (id),
    -- the target's region and its path when registered: scope and region filters without a join
    region_code         varchar(9)    not null references region (code),
    region_path         varchar(80)   not null,
    title               varchar(200)  not null,
    description         varchar(4000),
    category_code       varchar(32)   not null,
    -- VISIT, ENTERPRISE, OFFICE, HOTLINE, INSPECTION
    source              varchar(16)   not null,
    -- SIMPLE, ORDINARY, COMPLEX, HARD
    difficulty          varchar(16)   not null,
    raised_on           date          not null,
    -- yyyymm of raised_on: the metrics by month group on it
    raised_month        integer       not null,
    visit_id            bigint        references visit (id),
    common_problem_id   bigint        references common_problem (id),
    -- 主办 unit; null until routed (and again after it sent the problem back)
    responsible_unit_id bigint        references unit (id),
    -- REGISTERED, ROUTED, ACCEPTED, REOPENED, PAUSED, RESOLVED, CLOSED, WITHDRAWN
    state               varchar(16)   not null,
    state_before_pause  varchar(16),
    registered_at       timestamp     not null,
    registered_by       varchar(64)   not null,
    routed_on           date,
    routed_at           timestamp,
    accept_by           date,
    accepted_on         date,
    -- the deadline in force (extensions counted) and the one first set; both move on by the working days paused
    deadline            date,
    original_deadline   date,
    paused_on           date,
    -- working days left when paused: the light stands still with the clock
    paused_days_left    integer,
    -- a pending extension request (延期销号)
    extension_deadline  date,
    extension_reason    varchar(1000),
    extension_asked_on  date,
    extended            boolean       default false not null,
    -- 督办 / 提级
    escalated_on        date,
    escalation_reason   varchar(1000),
    escalated_by        varchar(64),
    answer              varchar(4000),
    resolved_on         date,
    resolved_at         timestamp,
    -- 1 or 0 (smallint, so aggregate queries compare it alike on H2 and PostgreSQL); null until resolved
    on_time             smallint,
    on_time_original    smallint,
    closed_on           date,
    -- SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
    rating              varchar(24),
    rating_comment      varchar(1000),
    rated_on            date,
    -- a row of an existing ledger imported: its campaign, credit code, day and description, hashed; a second import skips it
    import_key          varchar(64),
    version             bigint        not null,
    constraint problem_number_uq unique (problem_number)
);
-- The ledger of a region (scope and filters, newest first or by deadline), the metrics, a unit's and a target's problems.
create index problem_region_idx on problem (campaign_id, region_path, id);
create index problem_deadline_idx on problem (campaign_id, deadline, id);
create index problem_state_idx on problem (campaign_id, state, deadline);
create index problem_unit_idx on problem (responsible_unit_id, state, deadline);
create index problem_target_idx on problem (target_id, campaign_id);
create index problem_category_idx on problem (campaign_id, category_code, state);
create index problem_month_idx on problem (campaign_id, raised_month);
create index problem_visit_idx on problem (visit_id);
create index problem_common_idx on problem (common_problem_id);
create unique index problem_import_uq on problem (import_key);

-- 协办 units.
create table problem_assisting_unit (
    problem_id bigint not null references problem (id) on delete cascade,
    unit_id    bigint not null references unit (id),
    primary key (problem_id, unit_id)
);
create index problem_assisting_unit_idx on problem_assisting_unit (unit_id, problem_id);

-- Every transition of a problem, registration first: its history.
create table problem_event (
    id            bigint        not null primary key,
    problem_id    bigint        not null references problem (id) on delete cascade,
    action        varchar(24)   not null,
    from_state    varchar(16),
    to_state      varchar(16)   not null,
    actor_login   varchar(64)   not null,
    actor_unit_id bigint        references unit (id),
    occurred_at   timestamp     not null,
    reason        varchar(1000),
    note          varchar(4000),
    -- true for the events an import of an existing ledger recorded, with the dates of that ledger
    imported      boolean       default false not null
);
create index problem_event_problem_idx on problem_event (problem_id, occurred_at, id);

-- Files attached to a problem or to one of its events (kept in the database like plans' attachments; at most 10 MB each).
create table problem_attachment (
    id           bigint       not null primary key,
    problem_id   bigint       not null references problem (id) on delete cascade,
    event_id     bigint       references problem_event (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    byte_size    bigint       not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamp    not null
);
create index problem_attachment_problem_idx on problem_attachment (problem_id);

-- 回访: the office draws a random sample of resolved problems (percentage and seed kept, so the draw repeats) and
-- records what each enterprise said when called.
create table callback_sample (
    id            bigint       not null primary key,
    campaign_id   bigint       not null references campaign (id),
    percentage    integer      not null,
    seed          bigint       not null,
    resolved_from date,
    resolved_to   date,
    eligible      integer      not null,
    drawn_by      varchar(64)  not null,
    drawn_at      timestamp    not null,
    version       bigint       not null
);
create index callback_sample_campaign_idx on callback_sample (campaign_id, drawn_at);

create table problem_callback (
    id         bigint        not null primary key,
    sample_id  bigint        not null references callback_sample (id) on delete cascade,
    problem_id bigint        not null references problem (id),
    -- null until recorded; SOLVED, UNSOLVED, UNREACHABLE
    result     varchar(16),
    note       varchar(1000),
    called_on  date,
    called_by  varchar(64),
    version    bigint        not null,
    constraint problem_callback_uq unique (sample_id, problem_id)
);
create index problem_callback_problem_idx on problem_callback (problem_id);

-- The daily digest each unit got: one a unit and day, whichever node and however often the job ran.
create table problem_digest (
    unit_id     bigint  not null references unit (id),
    digest_date date    not null,
    to_accept   integer not null,
    yellow      integer not null,
    red         integer not null,
    mailed_to   varchar(100),
    primary key (unit_id, digest_date)
);

-- One row per job that must run once per cluster (the daily reminders, later the year-end scoring): the job locks its
-- row for its transaction, so a second node firing at the same time waits, then sees the job done for the day.
create table job_lock (
    job_name    varchar(64)  not null primary key,
    last_day    date,
    started_at  timestamp,
    finished_at timestamp,
    node        varchar(100),
    version     bigint       not null
);
