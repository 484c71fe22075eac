-- The cadre an account belongs to: a contact leader's account (LEADER) names the county leader cadre who is that leader,
-- so his enterprises are the assignments whose contact leader is this cadre. Nullable: most accounts name none.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

alter table user_account add column cadre_id bigint;
alter table user_account add constraint user_account_cadre_fk foreign key (cadre_id) references cadre (id);
create index user_account_cadre_idx on user_account (cadre_id);
