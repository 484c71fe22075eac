-- Scoring schemes (考评细则) of the year-end appraisal: a versioned tree of indicators with their kind, points and rule,
-- and the veto conditions (一票否决) that cap a grade. A draft is edited; a published version never changes, a later change
-- is a new version. Runs unchanged on H2 2.2 and PostgreSQL 15+.

create table scoring_scheme (
    id             bigint        not null primary key,
    campaign_id    bigint        not null references campaign (id),
    name           varchar(100)  not null,
    period_type    varchar(16)   not null,
    first_day      date          not null,
    last_day       date          not null,
    applies_to     varchar(16)   not null,
    -- the unit types it applies to, comma-separated codes (COUNTY_DEPARTMENT,TOWNSHIP,PARK,OTHER); empty for all
    unit_types     varchar(100)  not null,
    status         varchar(16)   not null,
    scheme_version integer       not null,
    total_points   numeric(7, 2) not null,
    bonus_cap      numeric(7, 2) not null,
    -- the scheme it was copied from or is a later version of
    derived_from   bigint        references scoring_scheme (id),
    published_at   timestamp,
    created_by     varchar(64)   not null,
    created_at     timestamp     not null,
    version        bigint        not null
);
create index scoring_scheme_campaign_idx on scoring_scheme (campaign_id, name, scheme_version);

-- The indicators in tree order (a parent before its children): a GROUP sums its children, the others score points.
create table scheme_indicator (
    scheme_id      bigint        not null references scoring_scheme (id) on delete cascade,
    seq_no         integer       not null,
    code           varchar(32)   not null,
    parent_code    varchar(32),
    name           varchar(100)  not null,
    max_points     numeric(7, 2) not null,
    kind           varchar(16)   not null,
    formula        varchar(500),
    rule_text      varchar(2000),
    deduct_minor   numeric(7, 2),
    deduct_major   numeric(7, 2),
    deduct_serious numeric(7, 2),
    primary key (scheme_id, seq_no)
);

create table scheme_veto (
    scheme_id  bigint       not null references scoring_scheme (id) on delete cascade,
    seq_no     integer      not null,
    code       varchar(32)  not null,
    name       varchar(100) not null,
    condition_text varchar(500) not null,
    cap_grade  varchar(16)  not null,
    primary key (scheme_id, seq_no)
);
