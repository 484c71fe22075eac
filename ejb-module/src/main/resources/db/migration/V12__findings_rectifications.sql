-- Findings (督查发现) an inspector files on site, their photos (the bytes lie under the data directory, here only where
-- and their checksum), and the rectification (整改) each may send to its responsible unit, with the steps it took.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Sized for a province: tens of thousands of findings a year.

create table inspection_finding (
    id          bigint        not null primary key,
    round_id    bigint        not null references inspection_round (id),
    visit_id    bigint        not null references inspection_visit (id),
    item_code   varchar(32)   not null,
    severity    varchar(16)   not null,
    description varchar(2000) not null,
    unit_id     bigint        not null references unit (id),
    -- the ledger's problem the finding was registered as (source INSPECTION), if it was
    problem_id  bigint        references problem (id),
    filed_by    varchar(64)   not null,
    filed_at    timestamp     not null,
    version     bigint        not null
);
create index inspection_finding_round_idx on inspection_finding (round_id, unit_id, item_code);
create index inspection_finding_visit_idx on inspection_finding (visit_id);
create index inspection_finding_unit_idx on inspection_finding (unit_id, filed_at);

create table rectification (
    id           bigint      not null primary key,
    finding_id   bigint      not null references inspection_finding (id),
    unit_id      bigint      not null references unit (id),
    deadline     date        not null,
    state        varchar(16) not null,
    issued_by    varchar(64) not null,
    issued_at    timestamp   not null,
    submitted_at timestamp,
    closed_at    timestamp,
    rejections   integer     default 0 not null,
    version      bigint      not null
);
create unique index rectification_finding_uq on rectification (finding_id);
-- the unit's list and the overdue count filter on unit, state and deadline
create index rectification_unit_idx on rectification (unit_id, state, deadline);
create index rectification_state_idx on rectification (state, deadline);

create table rectification_event (
    id               bigint        not null primary key,
    rectification_id bigint        not null references rectification (id),
    action           varchar(16)   not null,
    note             varchar(2000),
    actor            varchar(64)   not null,
    acted_at         timestamp     not null
);
create index rectification_event_idx on rectification_event (rectification_id, id);

-- A photo of a finding, or evidence of its rectification (rectification_id set): JPEG or PNG by content, stored as a file
-- under the data directory at stored_path, checked against sha256 whenever it is read.
create table inspection_photo (
    id               bigint       not null primary key,
    finding_id       bigint       not null references inspection_finding (id),
    rectification_id bigint       references rectification (id),
    content_type     varchar(32)  not null,
    byte_size        bigint       not null,
    width            integer      not null,
    height           integer      not null,
    sha256           varchar(64)  not null,
    stored_path      varchar(200) not null,
    uploaded_by      varchar(64)  not null,
    uploaded_at      timestamp    not null
);
create index inspection_photo_finding_idx on inspection_photo (finding_id, id);
