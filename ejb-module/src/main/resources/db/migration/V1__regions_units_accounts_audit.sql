-- Foundation: regions, units, user accounts and the audit trail.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

create sequence bangfu_seq start with 1000 increment by 50;

create table region (
    code         varchar(9)   not null primary key,
    name         varchar(100) not null,
    region_level varchar(16)  not null,
    parent_code  varchar(9)   references region (code),
    -- materialised path "430000/430600/430626/": "this region and below" is a prefix match
    path         varchar(80)  not null,
    version      bigint       not null
);
create index region_parent_idx on region (parent_code);
create index region_path_idx on region (path);

create table unit (
    id            bigint       not null primary key,
    code          varchar(32)  not null,
    name          varchar(100) not null,
    unit_type     varchar(24)  not null,
    region_code   varchar(9)   not null references region (code),
    head_name     varchar(50),
    contact_name  varchar(50),
    contact_phone varchar(30),
    version       bigint       not null,
    constraint unit_code_uq unique (code)
);
create index unit_region_idx on unit (region_code);
create index unit_name_idx on unit (name);
create index unit_type_idx on unit (unit_type);

create table user_account (
    id              bigint       not null primary key,
    login           varchar(64)  not null,
    display_name    varchar(100) not null,
    region_code     varchar(9)   not null references region (code),
    unit_id         bigint       references unit (id),
    password_hash   varchar(300) not null,
    enabled         boolean      not null,
    failed_attempts integer      not null,
    locked_until    timestamp,
    locale          varchar(10)  not null,
    version         bigint       not null,
    constraint user_account_login_uq unique (login)
);
create index user_account_unit_idx on user_account (unit_id);
create index user_account_region_idx on user_account (region_code);

create table user_role (
    account_id bigint      not null references user_account (id) on delete cascade,
    role_name  varchar(16) not null,
    primary key (account_id, role_name)
);

create table audit_event (
    id          bigint      not null primary key,
    actor       varchar(64) not null,
    occurred_at timestamp   not null,
    entity_type varchar(40) not null,
    entity_id   varchar(64) not null,
    action      varchar(24) not null
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, occurred_at);

create table audit_change (
    event_id   bigint      not null references audit_event (id) on delete cascade,
    seq_no     integer     not null,
    field_name varchar(64) not null,
    old_value  varchar(2000),
    new_value  varchar(2000),
    primary key (event_id, seq_no)
);
