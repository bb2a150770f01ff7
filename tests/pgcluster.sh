#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Nianbao developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The throw-away PostgreSQL cluster of a test run, in the build folder and nowhere else:
#
#   pgcluster.sh start DIR [NIANBAO] initdb in DIR, start the server on a Unix socket in DIR/sock
#                                    (no TCP); with NIANBAO, create the template database
#                                    nianbao_template and give it the schema with `NIANBAO server init`
#   pgcluster.sh stop DIR            stop the server and remove DIR
#   pgcluster.sh halt DIR            stop the server at once, as a crash or a power cut would
#                                    (pg_ctl stop -m immediate), keeping DIR
#   pgcluster.sh resume DIR          start the halted server again
#
# ctest runs `start` once before the storage and review tests (FIXTURES_SETUP) and `stop` after
# them (FIXTURES_CLEANUP); each test then copies the template into a database of its own. The store
# benchmark starts a cluster of its own without NIANBAO and creates its database itself.
# initdb and postgres refuse to run as root: as root they run as the `postgres` user on a folder it
# owns; on a developer's own account they run directly.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?the cluster folder}
port=5432 # the socket file is DIR/sock/.s.PGSQL.5432: private to this folder, no TCP port is taken

bindir=
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
done
if [ -z "$bindir" ] && command -v initdb >/dev/null; then
    bindir=$(dirname "$(command -v initdb)")
fi
[ -n "$bindir" ] || { echo "pgcluster: PostgreSQL's initdb is not installed (package postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
    else
        "$@"
    fi
}

# Starts the server of DIR/data on its socket.
serve() {
    # Durability is not what the tests measure; fsync off keeps a test run short. The store
    # benchmark sets NIANBAO_PGCLUSTER_DURABLE=1: a server that waits for its disk at every commit,
    # as an office's does. Dynamic shared memory in files of the data folder, not /dev/shm (small in
    # CI containers); no parallel workers on a machine of two cores.
    local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${NIANBAO_PGCLUSTER_DURABLE:-0}" = 1 ] && durability=
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir/sock -p $port -c listen_addresses= $durability -c max_connections=60 -c dynamic_shared_memory_type=mmap -c max_parallel_workers_per_gather=0" \
        start >/dev/null
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $action in
start)
    stop
    # A Unix socket's path has at most 107 bytes; the server would fail with a less helpful message.
    socket="$dir/sock/.s.PGSQL.$port"
    [ "${#socket}" -le 107 ] || {
        echo "pgcluster: the build folder's path is too long for the server's socket ($socket);" \
            "build in a folder with a shorter path" >&2
        exit 1
    }
    mkdir -p "$dir/sock"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "pgcluster: there is no user postgres to run the server as" >&2; exit 1; }
        chown -R postgres: "$dir"
        as_owner test -w "$dir" || {
            echo "pgcluster: the user postgres cannot enter $dir; let others enter (chmod o+x) the folders" \
                "above the build folder, or build elsewhere" >&2
            rm -rf "$dir"
            exit 1
        }
    fi
    # From here on a failure stops what was started and leaves no folder behind.
    trap 'stop' ERR
    # Trust for the superuser on the socket (the harness creates the test databases); every other
    # role logs in with its SCRAM password, as on an office's server.
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 -N \
        --auth-local=scram-sha-256 --auth-host=reject >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; stop; exit 1; }
    printf 'local all postgres trust\nlocal all all scram-sha-256\n' >"$dir/data/pg_hba.conf"
    serve || { cat "$dir/server.log" >&2; stop; exit 1; }
    [ $# -ge 3 ] || exit 0
    "$bindir/createdb" -h "$dir/sock" -p "$port" -U postgres nianbao_template
    "$3" server init --db "postgresql://postgres@/nianbao_template?host=$dir/sock&port=$port"
    ;;
stop)
    stop
    ;;
halt)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
resume)
    serve || { cat "$dir/server.log" >&2; exit 1; }
    ;;
*)
    echo "usage: pgcluster.sh start DIR [NIANBAO] | stop DIR | halt DIR | resume DIR" >&2
    exit 2
    ;;
esac
