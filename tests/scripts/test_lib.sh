#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Nianbao developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What scripts/run gives the program in the sysroot: the user's environment less what would load
# the host's libraries, and the host's files at their own paths.
set -uo pipefail
. "$(dirname "$0")/../../scripts/lib.sh"

failures=0
expect() {
    local what=$1
    shift
    if ! "$@"; then
        echo "FAILED: $what"
        failures=$((failures + 1))
    fi
}
has_line() { grep -qxF -- "$2" <<<"$1"; }
lacks_prefix() { ! grep -q -- "^$2" <<<"$1"; }

# The environment.
# (The C library of the test's own shell may lack the locale: its warning is not the point.)
env_lines=$( (LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 PGHOST=db.county PGPORT=5433 QT_SCALE_FACTOR=1.5 \
    XDG_CONFIG_HOME=/home/clerk/.config HOME=/home/clerk WITH_SPACE='a b' \
    LD_PRELOAD=/opt/x.so LD_LIBRARY_PATH=/opt/lib QT_PLUGIN_PATH=/usr/lib/qt6/plugins PATH=/host/bin \
    nb_user_env) 2>/dev/null | tr '\0' '\n')
for kept in LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 PGHOST=db.county PGPORT=5433 QT_SCALE_FACTOR=1.5 \
    XDG_CONFIG_HOME=/home/clerk/.config HOME=/home/clerk 'WITH_SPACE=a b'; do
    expect "the program gets $kept" has_line "$env_lines" "$kept"
done
for dropped in LD_PRELOAD= LD_LIBRARY_PATH= QT_PLUGIN_PATH= PATH=; do
    expect "the host's $dropped does not reach the sysroot" lacks_prefix "$env_lines" "$dropped"
done
build_lines=$(LANG=zh_CN.UTF-8 PGHOST=db.county nb_build_env | tr '\0' '\n')
expect "builds and tests run in the C.UTF-8 locale" has_line "$build_lines" LANG=C.UTF-8
expect "builds and tests do not see the user's settings" lacks_prefix "$build_lines" PGHOST=

# The host's folders: every top-level folder that is not the system's, at its own path.
binds=$(nb_binds)
expect "/tmp is shown" has_line "$binds" /tmp
expect "the source tree is shown" has_line "$binds" "$NB_SOURCE_DIR"
for system in /usr /etc /proc /var /lib; do
    expect "$system stays the sysroot's" lacks_prefix "$binds" "$system\$"
done
expect "/srv is not a system folder" eval '! nb_is_system_path /srv/reports/x.txt'
expect "/var/x is in a system folder" nb_is_system_path /var/x

# Paths among the arguments inside system folders: the highest place the sysroot lacks.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/root/var" "$work/root/etc" "$work/root/usr/share"
touch "$work/root/etc/hostname"
host_file=$(ls -d /var/*/ | head -n1)
host_file=${host_file%/}
args_binds=$(nb_argument_binds "$work/root" validate "$host_file/x.txt" "--db=$host_file/y.sqlite" /srv/z.txt 2>"$work/err")
expect "a path under /var is shown from its highest folder the sysroot lacks ($host_file)" has_line "$args_binds" "$host_file"
expect "the same folder once per argument that needs it" test "$(grep -c . <<<"$args_binds")" = 2
expect "a path outside the system folders needs nothing more" lacks_prefix "$args_binds" /srv
nb_argument_binds "$work/root" validate /etc/hostname >"$work/out" 2>"$work/err"
expect "a path the sysroot provides itself is not shown from the host" test ! -s "$work/out"
expect "… and a warning says so" grep -q "provides itself" "$work/err"
relative=$(cd "$host_file" && nb_argument_binds "$work/root" validate "../$(basename "$host_file")/x.txt" 2>/dev/null)
expect "a relative path is resolved against the current folder" test "$relative" = "$host_file"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
