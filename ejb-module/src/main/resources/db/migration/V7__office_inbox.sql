-- The campaign office has an inbox too: a notice is addressed either to a unit (as before) or to the office
-- of a region (office_region_code), whose OFFICE accounts read it, e.g. a plan waiting for approval.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
alter table inbox_notice alter column unit_id drop not null;
alter table inbox_notice add column office_region_code varchar(9);
alter table inbox_notice add constraint inbox_notice_office_region_fk foreign key (office_region_code) references region (code);
alter table inbox_notice add constraint inbox_notice_one_recipient check ((unit_id is null) <> (office_region_code is null));
create index inbox_notice_office_idx on inbox_notice (office_region_code, created_at);
