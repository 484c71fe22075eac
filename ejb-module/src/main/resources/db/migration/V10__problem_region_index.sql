-- The ledger of a region (a county's office, a region filter) selects problems by their region's code among the
-- region's, not by a LIKE on region_path: a B-tree serves LIKE 'prefix%' only under the C collation, and a province's
-- database may have any. Newest first within the region.
create index problem_region_code_idx on problem (campaign_id, region_code, id);
drop index problem_region_idx;
