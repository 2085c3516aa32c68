-- 每月一题: a district's cases of one category by channel and time. The rollups count every report,
-- the proactive cases staff open included; complaints leave those out, so the few proactive cases of a
-- district's categories are counted here (one short range each) and taken from the rollups' counts,
-- and the top problem's cases of a month are read as a page without the district's other categories.
CREATE INDEX "cases_category_channel_idx" ON "cases" USING btree ("district_code", "category_code", "channel", "created_at") INCLUDE ("region_code");
