-- Issue 20: English names of the 31 province-level regions (V2 has no Taiwan, Hong Kong or Macao rows) and of Shaanxi's prefecture-level cities, shown on English
-- pages where present (province filters; a region's full name when every part of it has one). Other regions keep
-- their Chinese name only. Names as in the official English usage (pinyin without the 省/市/自治区 suffix).
ALTER TABLE region ADD COLUMN name_en VARCHAR(64) NULL AFTER name;

UPDATE region SET name_en = 'Beijing' WHERE code = '110000';
UPDATE region SET name_en = 'Tianjin' WHERE code = '120000';
UPDATE region SET name_en = 'Hebei' WHERE code = '130000';
UPDATE region SET name_en = 'Shanxi' WHERE code = '140000';
UPDATE region SET name_en = 'Inner Mongolia' WHERE code = '150000';
UPDATE region SET name_en = 'Liaoning' WHERE code = '210000';
UPDATE region SET name_en = 'Jilin' WHERE code = '220000';
UPDATE region SET name_en = 'Heilongjiang' WHERE code = '230000';
UPDATE region SET name_en = 'Shanghai' WHERE code = '310000';
UPDATE region SET name_en = 'Jiangsu' WHERE code = '320000';
UPDATE region SET name_en = 'Zhejiang' WHERE code = '330000';
UPDATE region SET name_en = 'Anhui' WHERE code = '340000';
UPDATE region SET name_en = 'Fujian' WHERE code = '350000';
UPDATE region SET name_en = 'Jiangxi' WHERE code = '360000';
UPDATE region SET name_en = 'Shandong' WHERE code = '370000';
UPDATE region SET name_en = 'Henan' WHERE code = '410000';
UPDATE region SET name_en = 'Hubei' WHERE code = '420000';
UPDATE region SET name_en = 'Hunan' WHERE code = '430000';
UPDATE region SET name_en = 'Guangdong' WHERE code = '440000';
UPDATE region SET name_en = 'Guangxi' WHERE code = '450000';
UPDATE region SET name_en = 'Hainan' WHERE code = '460000';
UPDATE region SET name_en = 'Chongqing' WHERE code = '500000';
UPDATE region SET name_en = 'Sichuan' WHERE code = '510000';
UPDATE region SET name_en = 'Guizhou' WHERE code = '520000';
UPDATE region SET name_en = 'Yunnan' WHERE code = '530000';
UPDATE region SET name_en = 'Tibet' WHERE code = '540000';
UPDATE region SET name_en = 'Shaanxi' WHERE code = '610000';
UPDATE region SET name_en = 'Gansu' WHERE code = '620000';
UPDATE region SET name_en = 'Qinghai' WHERE code = '630000';
UPDATE region SET name_en = 'Ningxia' WHERE code = '640000';
UPDATE region SET name_en = 'Xinjiang' WHERE code = '650000';

UPDATE region SET name_en = 'Xi''an' WHERE code = '610100';
UPDATE region SET name_en = 'Tongchuan' WHERE code = '610200';
UPDATE region SET name_en = 'Baoji' WHERE code = '610300';
UPDATE region SET name_en = 'Xianyang' WHERE code = '610400';
UPDATE region SET name_en = 'Weinan' WHERE code = '610500';
UPDATE region SET name_en = 'Yan''an' WHERE code = '610600';
UPDATE region SET name_en = 'Hanzhong' WHERE code = '610700';
UPDATE region SET name_en = 'Yulin' WHERE code = '610800';
UPDATE region SET name_en = 'Ankang' WHERE code = '610900';
UPDATE region SET name_en = 'Shangluo' WHERE code = '611000';
