#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 cluster for the tests that need a centre server (CTest fixture kindred_server).
#
#   server-cluster.sh start FOLDER PORT   stops and removes whatever an earlier (killed) run left in FOLDER,
#                                          then makes a cluster there, listening only on a Unix socket in
#                                          FOLDER, with a role and a database kindred_test (the owner of
#                                          the test databases, which it makes), and the stations' group
#                                          role kindred_station with its login kindred_test_station
#   server-cluster.sh stop FOLDER         stops it and removes FOLDER
#
# FOLDER is 0755 (the socket must be reachable); the cluster's data is in FOLDER/data (0700). Run as root,
# the cluster runs as the user postgres (initdb refuses root), so FOLDER then belongs to postgres. The
# cluster is for speed, not safety: fsync, full-page writes and synchronous commit are off.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
command=${1:-}
folder=${2:-}
port=${3:-54329}

fail() {
    echo "server-cluster.sh: $*" >&2
    exit 1
}

[[ ( "$command" == start || "$command" == stop ) && "$folder" == /* ]] ||
    fail "usage: server-cluster.sh start|stop ABSOLUTE_FOLDER [PORT]"

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

now_ms() { date +%s%3N; }

stop_cluster() {
    if [ -f "$folder/data/postmaster.pid" ] && [ -x "$bin/pg_ctl" ]; then
        # Immediate: nothing in a throw-away cluster needs a clean shutdown. A server that is no longer
        # running (killed with its test run) leaves only the pid file, which pg_ctl recognises.
        as_owner "$bin/pg_ctl" --pgdata="$folder/data" --mode=immediate --wait --timeout=30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}

start_cluster() {
    for program in initdb pg_ctl psql; do
        [ -x "$bin/$program" ] ||
            fail "$bin/$program is missing: install postgresql-15 (packaging/install-deps.sh installs it)"
    done
    if [ "$(id -u)" -eq 0 ]; then
        getent passwd postgres >/dev/null || fail "the user postgres is missing: install postgresql-15"
    fi
    [[ "$folder" != *[\'\\\ ]* ]] || fail "the folder $folder has a quote, backslash or space: build elsewhere"
    local socket="$folder/.s.PGSQL.$port"
    # A Unix socket's path holds at most 107 bytes.
    [ ${#socket} -le 107 ] || fail "the socket path $socket is longer than 107 bytes: use a shorter build folder"

    stop_cluster
    mkdir -p "$folder"
    chmod 0755 "$folder"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$folder"
        runuser -u postgres -- test -w "$folder" ||
            fail "the user postgres cannot write $folder: a folder above it is closed to others"
    fi

    as_owner "$bin/initdb" --pgdata="$folder/data" --username=postgres --auth=trust --encoding=UTF8 --locale=C \
        --no-sync --no-instructions >"$folder/initdb.log" 2>&1 || {
        cat "$folder/initdb.log" >&2
        fail "initdb failed"
    }
    as_owner tee -a "$folder/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = ''
unix_socket_directories = '$folder'
port = $port
fsync = off
full_page_writes = off
synchronous_commit = off
CONF
    as_owner "$bin/pg_ctl" --pgdata="$folder/data" --log="$folder/server.log" --wait --timeout=60 start >/dev/null || {
        cat "$folder/server.log" >&2
        fail "the server did not start"
    }
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$folder" -p "$port" -U postgres -d postgres <<SQL
CREATE ROLE kindred_test LOGIN CREATEDB;
CREATE DATABASE kindred_test OWNER kindred_test;
CREATE ROLE kindred_station NOLOGIN;
CREATE ROLE kindred_test_station LOGIN IN ROLE kindred_station;
SQL
    echo "host=$folder port=$port dbname=kindred_test user=kindred_test" >"$folder/conninfo"
}

started=$(now_ms)
if [ "$command" == start ]; then
    start_cluster
    echo "server cluster started in $(($(now_ms) - started)) ms: $(cat "$folder/conninfo")"
else
    stop_cluster
    echo "server cluster stopped and removed in $(($(now_ms) - started)) ms"
fi
