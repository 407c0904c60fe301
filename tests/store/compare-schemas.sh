#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Compares the schema of a Kindred SQLite data file with the schema of a PostgreSQL database made by
# resources/migrations/postgresql/*.sql, and tries the append-only and version triggers on both.
#
#   tests/store/compare-schemas.sh FILE.kindred CONNINFO [SCHEMA]
#
# CONNINFO is anything psql takes as its database argument ("host=/tmp/s port=5432 dbname=k" or a
# postgresql:// URI); SCHEMA defaults to public. Prints the differences and exits 1 when the layouts
# differ or a trigger does not behave as on SQLite; exits 2 on bad arguments or a missing tool; 0 when
# they agree. Neither side is changed: the SQLite file is copied first (SQLite's backup), and every try
# on the server runs in a transaction that is rolled back.
#
# What is compared, per table: the columns in their order (SELECT * and CSV exports), each column's name, type class (integer, text, blob, real; SQLite's
# declared type by its affinity rules, PostgreSQL's data type), NOT NULL (a primary-key column counts as
# NOT NULL on both sides) and default (PostgreSQL's "::type" casts removed); the primary key and UNIQUE
# constraints with their columns; every named index with its table, whether it is unique and whether it
# is partial; every trigger name with its table; every view name.
#
# The documented differences (resources/migrations/postgresql/001_foundation.sql) are mapped, not ignored:
#   * an FTS5 virtual table (family_search, ticket_search) is expected on the server as a table
#     (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL); its shadow tables are not compared; the server's
#     one index on it (family_search_body_trgm, ticket_search_body_words) is expected there;
#   * record_digests.row_key has no declared type in SQLite and is TEXT on the server;
#   * the server's *_no_truncate triggers (TRUNCATE skips row triggers) have no SQLite counterpart, nor have its
#     *_change_feed triggers (schema 18: NOTIFY for the other stations; a data file's stations poll data_version).
#   * the server's kindred_schema table (version and application id, made by MigrationRunner's
#     ServerSchemaVersioning) is SQLite's PRAGMA user_version and application_id, not a table.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 FILE.kindred CONNINFO [SCHEMA]" >&2
    exit 2
fi
sqlite_file=$1
conninfo=$2
schema=${3:-public}
for tool in sqlite3 psql diff; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is needed" >&2; exit 2; }
done
[[ -f $sqlite_file ]] || { echo "$0: no file $sqlite_file" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy=$work/copy.kindred
sqlite3 "$sqlite_file" ".backup '$copy'"

sq() { sqlite3 -batch -noheader -separator '|' "$copy" "$@"; }
pg() { psql "$conninfo" -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -c "SET search_path TO \"$schema\"" "$@"; }

fts_tables=$(sq "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'virtual'
                  AND name IN (SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%') ORDER BY name")
untyped_as_text="record_digests.row_key"
pg_only_indexes="family_search_body_trgm ticket_search_body_words"

# --- SQLite side --------------------------------------------------------------------------------------
{
    sq "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
        AND name NOT LIKE 'sqlite_%' ORDER BY name" | while read -r table; do
        # affinity rules (https://sqlite.org/datatype3.html, 3.1)
        sq "SELECT name, CASE
                WHEN upper(type) LIKE '%INT%' THEN 'integer'
                WHEN upper(type) LIKE '%CHAR%' OR upper(type) LIKE '%CLOB%' OR upper(type) LIKE '%TEXT%' THEN 'text'
                WHEN upper(type) LIKE '%BLOB%' THEN 'blob'
                WHEN type = '' THEN 'untyped'
                WHEN upper(type) LIKE '%REAL%' OR upper(type) LIKE '%FLOA%' OR upper(type) LIKE '%DOUB%' THEN 'real'
                ELSE 'numeric' END,
                CASE WHEN \"notnull\" OR pk > 0 THEN 'not null' ELSE 'null' END, coalesce(dflt_value, '')
            FROM pragma_table_info('$table') ORDER BY name" | while IFS='|' read -r col class null dflt; do
            if [[ $class == untyped && " $untyped_as_text " == *" $table.$col "* ]]; then
                class=text
            fi
            echo "column $table.$col $class $null default=$dflt"
        done
        sq "SELECT 'order $table: ' || group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('$table') ORDER BY cid)"
        sq "SELECT 'key ' || '$table' || ' primary (' || group_concat(name, ',') || ')'
            FROM (SELECT name FROM pragma_table_info('$table') WHERE pk > 0 ORDER BY pk) HAVING count(*) > 0"
        sq "SELECT 'key ' || '$table' || ' unique (' || (SELECT group_concat(name, ',') FROM
                (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno)) || ')'
            FROM pragma_index_list('$table') il WHERE il.origin = 'u'" | sort
        sq "SELECT 'index ' || il.name || ' on ' || '$table' || CASE WHEN il.\"unique\" THEN ' unique' ELSE '' END
                   || CASE WHEN il.partial THEN ' partial' ELSE '' END
            FROM pragma_index_list('$table') il WHERE il.origin = 'c'"
    done
    for table in $fts_tables; do
        echo "column $table.body text not null default="
        echo "column $table.rowid integer not null default="
        echo "key $table primary (rowid)"
        echo "order $table: rowid,body"
    done
    sq "SELECT 'trigger ' || name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'trigger'"
    sq "SELECT 'view ' || name FROM sqlite_master WHERE type = 'view'"
} | sort >"$work/sqlite.txt"

# --- PostgreSQL side ----------------------------------------------------------------------------------
{
    pg -c "SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' ||
                  CASE WHEN c.data_type IN ('bigint', 'integer', 'smallint') THEN 'integer'
                       WHEN c.data_type IN ('text', 'character varying', 'character') THEN 'text'
                       WHEN c.data_type = 'bytea' THEN 'blob'
                       WHEN c.data_type IN ('double precision', 'real') THEN 'real'
                       ELSE 'other:' || c.data_type END || ' ' ||
                  CASE WHEN c.is_nullable = 'NO' THEN 'not null' ELSE 'null' END || ' default=' ||
                  coalesce(regexp_replace(c.column_default, '::[a-z ]+$', ''), '')
           FROM information_schema.columns c JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
           WHERE c.table_schema = '$schema' AND t.table_type = 'BASE TABLE'"
    pg -c "SELECT 'order ' || c.table_name || ': ' || string_agg(c.column_name, ',' ORDER BY c.ordinal_position)
           FROM information_schema.columns c JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
           WHERE c.table_schema = '$schema' AND t.table_type = 'BASE TABLE' GROUP BY c.table_name"
    pg -c "SELECT 'key ' || r.relname || CASE k.contype WHEN 'p' THEN ' primary (' ELSE ' unique (' END ||
                  (SELECT string_agg(a.attname, ',' ORDER BY u.ord) FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num) || ')'
           FROM pg_constraint k JOIN pg_class r ON r.oid = k.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
           WHERE n.nspname = '$schema' AND k.contype IN ('p', 'u')"
    pg -c "SELECT 'index ' || i.relname || ' on ' || r.relname || CASE WHEN x.indisunique THEN ' unique' ELSE '' END
                  || CASE WHEN x.indpred IS NOT NULL THEN ' partial' ELSE '' END
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class r ON r.oid = x.indrelid
           JOIN pg_namespace n ON n.oid = r.relnamespace
           WHERE n.nspname = '$schema' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)" |
        grep -v -E "^index ($(tr ' ' '|' <<<"$pg_only_indexes")) " || true
    pg -c "SELECT 'trigger ' || t.tgname || ' on ' || r.relname
           FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace
           WHERE n.nspname = '$schema' AND NOT t.tgisinternal AND t.tgname NOT LIKE '%\_no\_truncate'
                 AND t.tgname NOT LIKE '%\_change\_feed'"
    pg -c "SELECT 'view ' || table_name FROM information_schema.views WHERE table_schema = '$schema'"
} | sed -e '/^$/d' -e '/^\(column\|order\|key\) kindred_schema[.: ]/d' | sort >"$work/postgresql.txt"

status=0
if ! diff -u --label "sqlite: $sqlite_file" --label "postgresql: $conninfo" "$work/sqlite.txt" "$work/postgresql.txt"; then
    echo "FAIL: the layouts differ (lines with - are only in SQLite, + only on the server)"
    status=1
else
    echo "ok: $(grep -c '^column' "$work/sqlite.txt") columns, $(grep -c '^index' "$work/sqlite.txt") indexes," \
        "$(grep -c '^trigger' "$work/sqlite.txt") triggers, $(grep -c '^view' "$work/sqlite.txt") views agree"
fi

# --- Triggers, tried on both sides ----------------------------------------------------------------------
# Each try: a name, the SQL (run after a setup that gives the tables a row of their own), and the error
# it must fail with ('' = it must succeed). SQLite runs on the copy, the server in a rolled-back transaction.
setup_audit="INSERT INTO audit_log (at_utc, action, entity, details, prev_hash, hash)
             VALUES ('2026-01-01T00:00:00.000Z', 'check', 'schema', 'x', '0', 'h');"
setup_room="INSERT INTO rooms (name, min_age_months, max_age_months, capacity, children_per_staff)
            VALUES ('Compare schemas', 0, 60, 10, 5);"
tries=(
    "audit update|$setup_audit UPDATE audit_log SET details = 'changed' WHERE hash = 'h';|the audit log is append-only"
    "audit delete|$setup_audit DELETE FROM audit_log WHERE hash = 'h';|the audit log is append-only"
    "audit redaction|$setup_audit UPDATE audit_log SET details = '{\"redacted\":true}' WHERE hash = 'h';|"
    "audit head delete|DELETE FROM audit_head;|the audit trail head is kept"
    "room version|$setup_room UPDATE rooms SET capacity = 11 WHERE name = 'Compare schemas';
                  SELECT CASE WHEN version = 2 THEN 'version bumped' ELSE 'version not bumped' END
                  FROM rooms WHERE name = 'Compare schemas';|version bumped"
    "security version|CREATE TEMP TABLE before_v AS SELECT version FROM security_version;
                      INSERT INTO roles (key, name) VALUES ('compare_schemas', 'Compare');
                      SELECT CASE WHEN s.version = b.version + 1 THEN 'security version bumped' ELSE 'not bumped' END
                      FROM security_version s, before_v b;|security version bumped"
)
pg_tries=(
    "audit truncate|TRUNCATE audit_log;|the audit log is append-only"
)

run_try() { # side name sql expected
    local side=$1 name=$2 sql=$3 expected=$4 out rc=0
    if [[ $side == sqlite ]]; then
        out=$(sqlite3 -batch -bail "$copy" "BEGIN; $sql ROLLBACK;" 2>&1) || rc=$?
    else
        out=$(psql "$conninfo" -X -q -A -t -v ON_ERROR_STOP=1 \
            -c "SET search_path TO \"$schema\"" -c "BEGIN; $sql ROLLBACK;" 2>&1) || rc=$?
    fi
    if [[ -z $expected && $rc -eq 0 ]] || [[ -n $expected && $out == *"$expected"* ]]; then
        echo "ok: $side: $name${expected:+: $expected}"
    else
        echo "FAIL: $side: $name: expected ${expected:-success}, got (exit $rc): $out"
        status=1
    fi
}
for try in "${tries[@]}"; do
    IFS='|' read -r name sql expected <<<"${try//$'\n'/ }"
    run_try sqlite "$name" "$sql" "$expected"
    run_try postgresql "$name" "$sql" "$expected"
done
for try in "${pg_tries[@]}"; do
    IFS='|' read -r name sql expected <<<"${try//$'\n'/ }"
    run_try postgresql "$name" "$sql" "$expected"
done
exit $status
