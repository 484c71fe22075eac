-- The evaluation officers of a region have an inbox too (evaluators_region_code), read by that region's EVALUATOR
-- accounts: a unit has self-assessed its appraisal form, or appealed an indicator. A notice still has one recipient.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
alter table inbox_notice add column evaluators_region_code varchar(9);
alter table inbox_notice add constraint inbox_notice_evaluators_region_fk foreign key (evaluators_region_code) references region (code);
alter table inbox_notice drop constraint inbox_notice_one_recipient;
alter table inbox_notice add constraint inbox_notice_one_recipient check (
    (case when unit_id is null then 0 else 1 end) + (case when office_region_code is null then 0 else 1 end)
        + (case when cadre_id is null then 0 else 1 end) + (case when evaluators_region_code is null then 0 else 1 end) = 1);
create index inbox_notice_evaluators_idx on inbox_notice (evaluators_region_code, created_at);
create index inbox_notice_evaluators_unread_idx on inbox_notice (evaluators_region_code, read_at);
