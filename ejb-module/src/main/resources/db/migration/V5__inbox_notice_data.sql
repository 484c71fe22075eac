-- Inbox notices keep what they are about, so they are rendered in the reader's language when read:
-- kind (e.g. assignment.released) and its parameters, one "name=value" a line. Notices stored before
-- have neither and show their stored Chinese subject and body, which every notice still carries.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.
alter table inbox_notice add column kind varchar(60);
alter table inbox_notice add column params varchar(4000);
