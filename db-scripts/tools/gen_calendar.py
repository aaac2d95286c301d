#!/usr/bin/env python3
"""Generate db-scripts/migration/V3__reference_working_calendar.sql from the npm package chinese-days.

chinese-days (MIT, https://github.com/vsme/chinese-days) keeps, per year, the statutory holidays
and make-up working days (调休) that the State Council's General Office announces every autumn
in its 国务院办公厅关于YYYY年部分节假日安排的通知. Each dist/years/YYYY.json looks like

    {"holidays":   {"2026-01-01": "New Year's Day,元旦,1", ...},
     "workdays":   {"2026-01-04": "New Year's Day,元旦,1", ...},
     "inLieuDays": {"2026-01-02": "New Year's Day,元旦,1", ...}}

where each value is "English name,中文名,N" (N: the festival's statutory days off). `holidays`
lists every day off of a holiday block, weekend days included; `workdays` lists the weekend days
that are working days; `inLieuDays` (days off given in lieu of a moved weekend) is a subset of
`holidays` and is not stored. Only the listed days are written: ordinary weekends are not.

How to run it (no network needed by the script itself; fetching the package does):

    mkdir -p /tmp/x && cd /tmp/x
    npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
    python3 db-scripts/tools/gen_calendar.py /tmp/x/package 2025 2026      # from the repo root

The first argument is the unpacked package directory (holding package.json and dist/); the rest
are the years to include. A year is read from the package's dist/years/YYYY.json, or, if the
package lacks it, from a hand-kept db-scripts/tools/holidays-YYYY.json in the same format plus a
top-level "source" naming the notice (title and document number) it was copied from. The
notice of each package year must be listed in NOTICES below. By default the output goes to
db-scripts/migration/V3__reference_working_calendar.sql; pass -o FILE to write elsewhere.

The script stops with an error (exit 1) if a year is missing or lacks its notice, if a date is
malformed or outside its year, if a day is both a holiday and a workday, if a WORKDAY is not a
Saturday or Sunday, or if a value is not "English,中文,N".
"""
import argparse
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, os.pardir, "migration", "V3__reference_working_calendar.sql")

# The notice behind each year of the package. The package cites only the gov.cn page for 2026;
# the document numbers are those printed on the notices.
NOTICES = {
    2025: "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
    2026: "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
}

CREATED_AT = "2026-11-22 00:00:00"
CREATED_BY = "migration"
MAX_ROWS_PER_INSERT = 500


def die(msg):
    sys.stderr.write("gen_calendar: ERROR: %s\n" % msg)
    sys.exit(1)


def find_package(path):
    for candidate in (path, os.path.join(path, "package")):
        if os.path.isfile(os.path.join(candidate, "package.json")) and os.path.isdir(
            os.path.join(candidate, "dist")
        ):
            return candidate
    die("%s is not the unpacked chinese-days package (no package.json and dist/)" % path)


def sql_string(value, where, max_len):
    if not value:
        die("%s: empty value" % where)
    if len(value) > max_len:
        die("%s: %r is longer than %d characters" % (where, value, max_len))
    if "\\" in value or any(ord(ch) < 32 for ch in value):
        die("%s: %r holds a backslash or control character" % (where, value))
    return "'" + value.replace("'", "''") + "'"


def load_year(pkg, year):
    """Return (source, days) where days is a sorted list of (date, kind, name_zh, name_en)."""
    pkg_file = os.path.join(pkg, "dist", "years", "%d.json" % year)
    own_file = os.path.join(HERE, "holidays-%d.json" % year)
    if os.path.isfile(pkg_file):
        path = pkg_file
        source = NOTICES.get(year)
        if not source:
            die("%d: no notice listed in NOTICES for the package's %s" % (year, pkg_file))
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    elif os.path.isfile(own_file):
        path = own_file
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        source = data.get("source")
        if not source:
            die("%s: no \"source\" naming the notice" % path)
    else:
        die("%d: neither %s nor %s exists" % (year, pkg_file, own_file))

    for key in ("holidays", "workdays"):
        if not isinstance(data.get(key), dict):
            die("%s: no %r map" % (path, key))
    both = set(data["holidays"]) & set(data["workdays"])
    if both:
        die("%s: days both holiday and workday: %s" % (path, sorted(both)))

    days = []
    for key, kind in (("holidays", "HOLIDAY"), ("workdays", "WORKDAY")):
        for day, value in data[key].items():
            where = "%s %s %s" % (os.path.basename(path), key, day)
            try:
                date = datetime.date.fromisoformat(day)
            except ValueError:
                die("%s: not a YYYY-MM-DD date" % where)
            if date.year != year:
                die("%s: outside %d" % (where, year))
            parts = value.split(",")
            if len(parts) != 3 or not parts[2].strip().isdigit():
                die("%s: value %r is not 'English,中文,N'" % (where, value))
            name_en, name_zh = parts[0].strip(), parts[1].strip()
            if kind == "WORKDAY" and date.weekday() < 5:
                die("%s: a make-up workday on a weekday (%s)" % (where, date.strftime("%A")))
            days.append((date, kind, name_zh, name_en))
    days.sort()
    if not any(k == "HOLIDAY" for _, k, _, _ in days):
        die("%s: no holidays" % path)
    return source, days


def chunks(rows):
    for start in range(0, len(rows), MAX_ROWS_PER_INSERT):
        yield rows[start:start + MAX_ROWS_PER_INSERT]


def render(version, license_, years):
    out = [
        "-- Reference data: the statutory holidays and make-up working days (调休) of the State Council's yearly notices,",
        "-- generated by db-scripts/tools/gen_calendar.py from chinese-days@%s (%s). Do not edit by hand." % (version, license_),
        "CREATE TABLE calendar_year (",
        "  year         SMALLINT     NOT NULL,",
        "  source       VARCHAR(255) NOT NULL,  -- the notice, e.g. 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
        "  created_at   DATETIME(6)  NOT NULL,",
        "  created_by   VARCHAR(64)  NOT NULL,",
        "  PRIMARY KEY (year)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
        "CREATE TABLE calendar_day (",
        "  day      DATE        NOT NULL,",
        "  year     SMALLINT    NOT NULL,",
        "  kind     VARCHAR(16) NOT NULL,   -- HOLIDAY (a statutory day off, including the weekend days inside a holiday block)"
        " or WORKDAY (a weekend day that is a make-up working day)",
        "  name_zh  VARCHAR(32) NOT NULL,",
        "  name_en  VARCHAR(64) NOT NULL,",
        "  PRIMARY KEY (day),",
        "  KEY ix_calendar_day_year (year),",
        "  CONSTRAINT fk_calendar_day_year FOREIGN KEY (year) REFERENCES calendar_year (year),",
        "  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY','WORKDAY'))",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
    ]
    out.append("INSERT INTO calendar_year (year, source, created_at, created_by) VALUES")
    out.append(",\n".join(
        "  (%d, %s, '%s', '%s')" % (year, sql_string(source, str(year), 255), CREATED_AT, CREATED_BY)
        for year, (source, _) in sorted(years.items())
    ) + ";")
    rows = []
    for year, (_, days) in sorted(years.items()):
        for date, kind, name_zh, name_en in days:
            where = "%s %s" % (date.isoformat(), kind)
            rows.append("  ('%s', %d, '%s', %s, %s)" % (
                date.isoformat(), year, kind, sql_string(name_zh, where, 32), sql_string(name_en, where, 64)))
    for chunk in chunks(rows):
        out.append("INSERT INTO calendar_day (day, year, kind, name_zh, name_en) VALUES")
        out.append(",\n".join(chunk) + ";")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package_dir", help="the unpacked chinese-days package (holding package.json and dist/)")
    ap.add_argument("years", nargs="+", type=int, help="years to include, e.g. 2025 2026")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT, help="output SQL file (default: %(default)s)")
    args = ap.parse_args()

    pkg = find_package(args.package_dir)
    with open(os.path.join(pkg, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("name") != "chinese-days":
        die("%s is package %r, not chinese-days" % (pkg, meta.get("name")))
    if len(set(args.years)) != len(args.years):
        die("a year is given twice")

    years = {year: load_year(pkg, year) for year in args.years}
    sql = render(meta.get("version", "?"), meta.get("license", "?"), years)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(sql)
    print("wrote %s" % os.path.normpath(args.output))
    for year, (source, days) in sorted(years.items()):
        print("  %d: %d HOLIDAY, %d WORKDAY  (%s)" % (
            year, sum(k == "HOLIDAY" for _, k, _, _ in days), sum(k == "WORKDAY" for _, k, _, _ in days), source))


if __name__ == "__main__":
    main()
