-- Registry: cadres, assistance targets (enterprises and key projects).
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Sized for a province: 20,000 units, 100,000 enterprises.

create table cadre (
    id          bigint       not null primary key,
    name        varchar(50)  not null,
    unit_id     bigint       not null references unit (id),
    job_title   varchar(100),
    cadre_rank  varchar(16)  not null,
    phone       varchar(30),
    version     bigint       not null
);
create index cadre_unit_idx on cadre (unit_id);
create index cadre_name_idx on cadre (name);
create index cadre_rank_idx on cadre (cadre_rank);

-- Every assistance target (帮扶对象) has a row here; enterprise and key_project hold the rest, with the same id
-- (JPA JOINED inheritance). Assignments, visits and problems refer to assistance_target (id): one foreign key.
create table assistance_target (
    id          bigint       not null primary key,
    target_kind varchar(16)  not null,
    name        varchar(100) not null,
    region_code varchar(9)   not null references region (code),
    version     bigint       not null
);
-- Scope and region filters join region (path prefix, region_path_idx) and then come here by region code.
create index assistance_target_region_idx on assistance_target (region_code, target_kind);
create index assistance_target_name_idx on assistance_target (name);

create table enterprise (
    id                     bigint       not null primary key references assistance_target (id) on delete cascade,
    credit_code            varchar(18)  not null,
    industry               varchar(1)   not null,
    above_scale_industry   boolean      not null,
    above_quota_trade      boolean      not null,
    qualified_construction boolean      not null,
    above_scale_services   boolean      not null,
    park                   varchar(100),
    address                varchar(200),
    legal_representative   varchar(50),
    contact_name           varchar(50),
    contact_phone          varchar(30),
    constraint enterprise_credit_code_uq unique (credit_code)
);
create index enterprise_industry_idx on enterprise (industry);
create index enterprise_park_idx on enterprise (park);

create table enterprise_tag (
    enterprise_id bigint      not null references enterprise (id) on delete cascade,
    tag           varchar(20) not null,
    primary key (enterprise_id, tag)
);
create index enterprise_tag_tag_idx on enterprise_tag (tag);

-- Categories are data: add rows to offer more.
create table key_project_category (
    code    varchar(24) not null primary key,
    name    varchar(40) not null,
    name_en varchar(60) not null,
    sort_no integer     not null
);
insert into key_project_category (code, name, name_en, sort_no) values ('INFRASTRUCTURE', '基础设施', 'Infrastructure', 10);
insert into key_project_category (code, name, name_en, sort_no) values ('LIVELIHOOD', '民生', 'Public welfare', 20);
insert into key_project_category (code, name, name_en, sort_no) values ('INDUSTRY', '产业', 'Industry', 30);
insert into key_project_category (code, name, name_en, sort_no) values ('TRACKING', '跟踪', 'Tracked (under negotiation)', 40);

create table key_project (
    id               bigint         not null primary key references assistance_target (id) on delete cascade,
    category_code    varchar(24)    not null references key_project_category (code),
    -- 总投资 in 万元 (ten thousand yuan)
    total_investment numeric(14, 2),
    owner_name       varchar(100)
);
create index key_project_category_idx on key_project (category_code);
