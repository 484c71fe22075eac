-- The working-day calendar of China (工作日历) the problem ledger's deadlines count: the days that differ from the plain
-- week (Monday to Friday). HOLIDAY: a day off, every day of a public holiday period as the State Council announces it,
-- weekend days in it included; WORKDAY: a weekend day worked instead (调休上班). Kept as data, never fetched at run time;
-- a province-level system administrator enters later years (GET/PUT /api/v1/calendar/{year}).
-- The days below are copied from the State Council's notices, one per year; each is cited above its rows.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+ (the column is not called "day": H2 reserves it).
create table calendar_day (
    calendar_date date        not null primary key,
    -- HOLIDAY or WORKDAY
    kind          varchar(8)  not null,
    -- the holiday it belongs to (春节, 国庆节, …), also on its make-up working days
    name          varchar(50) not null,
    version       bigint      not null,
    constraint calendar_day_kind_ck check (kind in ('HOLIDAY', 'WORKDAY'))
);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知，国办发明电〔2024〕12号，2024年11月12日.
insert into calendar_day (calendar_date, kind, name, version) values
    (date '2025-01-01', 'HOLIDAY', '元旦', 0),
    (date '2025-01-28', 'HOLIDAY', '春节', 0),
    (date '2025-01-29', 'HOLIDAY', '春节', 0),
    (date '2025-01-30', 'HOLIDAY', '春节', 0),
    (date '2025-01-31', 'HOLIDAY', '春节', 0),
    (date '2025-02-01', 'HOLIDAY', '春节', 0),
    (date '2025-02-02', 'HOLIDAY', '春节', 0),
    (date '2025-02-03', 'HOLIDAY', '春节', 0),
    (date '2025-02-04', 'HOLIDAY', '春节', 0),
    (date '2025-01-26', 'WORKDAY', '春节', 0),
    (date '2025-02-08', 'WORKDAY', '春节', 0),
    (date '2025-04-04', 'HOLIDAY', '清明节', 0),
    (date '2025-04-05', 'HOLIDAY', '清明节', 0),
    (date '2025-04-06', 'HOLIDAY', '清明节', 0),
    (date '2025-05-01', 'HOLIDAY', '劳动节', 0),
    (date '2025-05-02', 'HOLIDAY', '劳动节', 0),
    (date '2025-05-03', 'HOLIDAY', '劳动节', 0),
    (date '2025-05-04', 'HOLIDAY', '劳动节', 0),
    (date '2025-05-05', 'HOLIDAY', '劳动节', 0),
    (date '2025-04-27', 'WORKDAY', '劳动节', 0),
    (date '2025-05-31', 'HOLIDAY', '端午节', 0),
    (date '2025-06-01', 'HOLIDAY', '端午节', 0),
    (date '2025-06-02', 'HOLIDAY', '端午节', 0),
    (date '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-04', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-05', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 0),
    (date '2025-09-28', 'WORKDAY', '国庆节、中秋节', 0),
    (date '2025-10-11', 'WORKDAY', '国庆节、中秋节', 0);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知，2025年11月4日（新华社 2025-11-04 播发）.
insert into calendar_day (calendar_date, kind, name, version) values
    (date '2026-01-01', 'HOLIDAY', '元旦', 0),
    (date '2026-01-02', 'HOLIDAY', '元旦', 0),
    (date '2026-01-03', 'HOLIDAY', '元旦', 0),
    (date '2026-01-04', 'WORKDAY', '元旦', 0),
    (date '2026-02-15', 'HOLIDAY', '春节', 0),
    (date '2026-02-16', 'HOLIDAY', '春节', 0),
    (date '2026-02-17', 'HOLIDAY', '春节', 0),
    (date '2026-02-18', 'HOLIDAY', '春节', 0),
    (date '2026-02-19', 'HOLIDAY', '春节', 0),
    (date '2026-02-20', 'HOLIDAY', '春节', 0),
    (date '2026-02-21', 'HOLIDAY', '春节', 0),
    (date '2026-02-22', 'HOLIDAY', '春节', 0),
    (date '2026-02-23', 'HOLIDAY', '春节', 0),
    (date '2026-02-14', 'WORKDAY', '春节', 0),
    (date '2026-02-28', 'WORKDAY', '春节', 0),
    (date '2026-04-04', 'HOLIDAY', '清明节', 0),
    (date '2026-04-05', 'HOLIDAY', '清明节', 0),
    (date '2026-04-06', 'HOLIDAY', '清明节', 0),
    (date '2026-05-01', 'HOLIDAY', '劳动节', 0),
    (date '2026-05-02', 'HOLIDAY', '劳动节', 0),
    (date '2026-05-03', 'HOLIDAY', '劳动节', 0),
    (date '2026-05-04', 'HOLIDAY', '劳动节', 0),
    (date '2026-05-05', 'HOLIDAY', '劳动节', 0),
    (date '2026-05-09', 'WORKDAY', '劳动节', 0),
    (date '2026-06-19', 'HOLIDAY', '端午节', 0),
    (date '2026-06-20', 'HOLIDAY', '端午节', 0),
    (date '2026-06-21', 'HOLIDAY', '端午节', 0),
    (date '2026-09-25', 'HOLIDAY', '中秋节', 0),
    (date '2026-09-26', 'HOLIDAY', '中秋节', 0),
    (date '2026-09-27', 'HOLIDAY', '中秋节', 0),
    (date '2026-10-01', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-02', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-03', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-04', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-05', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-06', 'HOLIDAY', '国庆节', 0),
    (date '2026-10-07', 'HOLIDAY', '国庆节', 0),
    (date '2026-09-20', 'WORKDAY', '国庆节', 0),
    (date '2026-10-10', 'WORKDAY', '国庆节', 0);
