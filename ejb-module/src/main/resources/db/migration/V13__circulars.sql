-- Circulars (督查通报) of inspection rounds: a draft generated from the round's findings, its narrative edited by the office,
-- then published to every unit of the campaign; the table of findings by unit is kept as it was generated. A campaign
-- remembers the day of its first published circular, which its first-visit list compares with.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

create table circular (
    id             bigint        not null primary key,
    campaign_id    bigint        not null references campaign (id),
    round_id       bigint        not null references inspection_round (id),
    title          varchar(100)  not null,
    doc_number     varchar(50)   not null,
    issuer         varchar(100)  not null,
    status         varchar(16)   not null,
    summary        varchar(4000),
    praise         varchar(4000),
    criticism      varchar(4000),
    requirements   varchar(4000),
    visits         integer       not null,
    findings       integer       not null,
    serious        integer       not null,
    units          integer       not null,
    rectified      integer       not null,
    created_by     varchar(64)   not null,
    created_at     timestamp     not null,
    published_on   date,
    published_by   varchar(64),
    version        bigint        not null
);
create index circular_round_idx on circular (round_id, id);
create index circular_campaign_idx on circular (campaign_id, published_on);

-- One line of the circular's table: a unit's findings by severity and items, and how many are rectified.
create table circular_row (
    circular_id bigint        not null references circular (id) on delete cascade,
    seq_no      integer       not null,
    unit_code   varchar(32)   not null,
    unit_name   varchar(100)  not null,
    findings    integer       not null,
    minor       integer       not null,
    major       integer       not null,
    serious     integer       not null,
    items       varchar(500)  not null,
    rectified   integer       not null,
    primary key (circular_id, seq_no)
);

alter table campaign add column first_circular_on date;
