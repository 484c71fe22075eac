-- The grade rules (等次) a scoring scheme sets itself: the thresholds in points of its total from which a unit is EXCELLENT,
-- GOOD or PASS, and the most units of a unit type that may be EXCELLENT or GOOD, in percent (100: no limit). All five or
-- none: a scheme without them, every scheme written before this version among them, is graded by the defaults of its total
-- (90%, 80%, 60%; EXCELLENT at most 20%, GOOD unlimited), computed when read, so that a draft's defaults follow its total
-- as it is edited. Runs unchanged on H2 2.2 and PostgreSQL 15+.
alter table scoring_scheme add column excellent_from numeric(7, 2);
alter table scoring_scheme add column good_from numeric(7, 2);
alter table scoring_scheme add column pass_from numeric(7, 2);
alter table scoring_scheme add column excellent_quota integer;
alter table scoring_scheme add column good_quota integer;
alter table scoring_scheme add constraint scoring_scheme_grading_whole check (
    (excellent_from is null and good_from is null and pass_from is null and excellent_quota is null and good_quota is null)
    or (excellent_from is not null and good_from is not null and pass_from is not null and excellent_quota is not null
        and good_quota is not null));
