-- Campaigns (帮扶行动), 三帮一 assignments with their history, stationed cadres (驻企), and each unit's inbox.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Sized for a province: 100,000 targets under several campaigns a year.

create table campaign (
    id               bigint       not null primary key,
    code             varchar(32)  not null,
    name             varchar(100) not null,
    campaign_year    integer      not null,
    start_date       date         not null,
    end_date         date         not null,
    campaign_mode    varchar(16)  not null,
    -- 配合单位 per target: 2 for 三帮一, 0 for 一帮一
    co_unit_count    integer      default 2 not null,
    plan_deadline    date,
    -- more current assignments than this for one unit is warned about, not refused; null: no limit
    per_unit_limit   integer,
    -- units that have not visited a target within this many days of being assigned are listed
    first_visit_days integer      default 30 not null,
    -- the campaign's region (the office's): its targets, units and leaders lie in it
    region_code      varchar(9)   not null references region (code),
    office_unit_id   bigint       references unit (id),
    status           varchar(16)  not null,
    version          bigint       not null,
    constraint campaign_code_uq unique (code)
);
create index campaign_region_idx on campaign (region_code, campaign_year);
create index campaign_status_idx on campaign (status);

-- The leading group (领导小组): 组长, 副组长, members.
create table campaign_group_member (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    cadre_id    bigint      not null references cadre (id),
    group_role  varchar(16) not null,
    primary key (campaign_id, cadre_id)
);
create index campaign_group_member_cadre_idx on campaign_group_member (cadre_id);

-- One row per assignment of a target in a campaign and period. Reassignment ends the current row (valid_to) and adds a new one.
create table assignment (
    id                bigint not null primary key,
    campaign_id       bigint not null references campaign (id),
    target_id         bigint not null references assistance_target (id),
    -- the target's id while the assignment is current, null once it has ended: with the unique key below the database itself
    -- allows one current assignment per campaign and target (a partial index would do it on PostgreSQL only)
    current_target_id bigint,
    contact_leader_id bigint not null references cadre (id),
    valid_from        date   not null,
    -- exclusive: the day the next assignment took over; null while current
    valid_to          date,
    version           bigint not null,
    constraint assignment_current_uq unique (campaign_id, current_target_id)
);
create index assignment_target_idx on assignment (campaign_id, target_id, valid_to);
create index assignment_target_any_idx on assignment (target_id);
create index assignment_leader_idx on assignment (contact_leader_id, valid_to);

-- The units of an assignment: one leading unit (牵头单位) and the co-units (配合单位), with the head (第一责任人) as it was when assigned.
create table assignment_unit (
    id               bigint      not null primary key,
    assignment_id    bigint      not null references assignment (id) on delete cascade,
    seq_no           integer     not null,
    unit_id          bigint      not null references unit (id),
    unit_role        varchar(8)  not null,
    head_name        varchar(50),
    contact_cadre_id bigint      references cadre (id),
    constraint assignment_unit_uq unique (assignment_id, unit_id)
);
-- "the assignments of my unit" and the load per unit go from the unit to its assignments
create index assignment_unit_unit_idx on assignment_unit (unit_id, assignment_id);
create index assignment_unit_cadre_idx on assignment_unit (contact_cadre_id);

-- 驻企: a cadre stationed at a target for a period by his dispatching unit.
create table stationing (
    id                  bigint not null primary key,
    campaign_id         bigint not null references campaign (id),
    cadre_id            bigint not null references cadre (id),
    target_id           bigint not null references assistance_target (id),
    dispatching_unit_id bigint not null references unit (id),
    stationed_from      date   not null,
    stationed_to        date,
    version             bigint not null
);
create index stationing_campaign_idx on stationing (campaign_id, target_id);
create index stationing_cadre_idx on stationing (cadre_id);
create index stationing_unit_idx on stationing (dispatching_unit_id);

-- A unit's inbox: notices to the unit (e.g. "you help this enterprise, with these partners").
create table inbox_notice (
    id         bigint        not null primary key,
    unit_id    bigint        not null references unit (id),
    subject    varchar(200)  not null,
    body       varchar(4000) not null,
    created_at timestamp     not null,
    read_at    timestamp
);
create index inbox_notice_unit_idx on inbox_notice (unit_id, created_at);
create index inbox_notice_unread_idx on inbox_notice (unit_id, read_at);
