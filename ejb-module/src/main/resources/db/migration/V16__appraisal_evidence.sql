-- Evidence (佐证材料) of an appraisal form's indicator: the unit's for its self-assessment or its appeal, the evaluators'
-- for a bonus or a score. Kept in the database like the other attachments (one copy for a cluster). Runs unchanged on H2
-- 2.2 and PostgreSQL 15+.
create table appraisal_evidence (
    id             bigint       not null primary key,
    appraisal_id   bigint       not null references appraisal (id) on delete cascade,
    indicator_code varchar(32)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    byte_size      bigint       not null,
    content        bytea        not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp    not null
);
create index appraisal_evidence_form_idx on appraisal_evidence (appraisal_id, indicator_code);
