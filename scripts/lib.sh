# Shared by scripts/setup, scripts/run and scripts/test: decides between a native build and the
# Debian 13 sysroot, creates the sysroot when needed and runs commands in it.
# shellcheck shell=bash

NB_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NB_CACHE_DIR=${NIANBAO_CACHE_DIR:-/var/cache/nianbao}
NB_PACKAGE_LIST="$NB_SOURCE_DIR/scripts/packages.txt"

nb_say() { printf '[nianbao] %s\n' "$*" >&2; }
nb_die() { printf '[nianbao] error: %s\n' "$*" >&2; exit 1; }

nb_packages() { grep -v '^[[:space:]]*\(#\|$\)' "$NB_PACKAGE_LIST"; }

# The oldest Qt the build works with (CMakeLists.txt says the same).
NB_QT_MINIMUM=6.7

# Qt >= NB_QT_MINIMUM and KF6 SyntaxHighlighting installed on the host mean no sysroot is needed.
nb_host_is_native() {
    [ "${NIANBAO_NATIVE:-0}" = 1 ] && return 0
    local qtconf kfconf
    qtconf=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake 2>/dev/null | head -n1)
    kfconf=$(ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake 2>/dev/null | head -n1)
    [ -n "$qtconf" ] && [ -n "$kfconf" ] || return 1
    local version
    version=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$qtconf")
    [ "$(printf '%s\n%s\n' "$version" "$NB_QT_MINIMUM" | sort -V | head -n1)" = "$NB_QT_MINIMUM" ]
}

nb_sysroot_dir() {
    local hash
    hash=$(nb_packages | sha256sum | cut -c1-16)
    printf '%s/sysroot-trixie-%s' "$NB_CACHE_DIR" "$hash"
}

nb_mirror() {
    local uri
    uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null |
        grep -v security | head -n1)
    [ -n "$uri" ] || uri=$(sed -n 's/^deb[[:space:]]\+\(http[^[:space:]]*\).*/\1/p' /etc/apt/sources.list 2>/dev/null |
        grep -v security | head -n1)
    [ -n "$uri" ] || nb_die "no Debian package mirror in this host's apt sources (/etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list); add one or set NIANBAO_NATIVE=1 on a host with the packages"
    printf '%s' "$uri"
}

nb_create_sysroot() {
    local root=$1 tmp="$1.partial"
    [ "$(id -u)" = 0 ] || nb_die "creating the Debian 13 sysroot needs root (or install Qt >= $NB_QT_MINIMUM and KF6 natively and set NIANBAO_NATIVE=1)"
    mkdir -p "$NB_CACHE_DIR"
    exec 9>"$NB_CACHE_DIR/setup.lock"
    flock 9
    [ -f "$root/.nianbao-ready" ] && return 0
    if ! command -v debootstrap >/dev/null; then
        nb_say "installing debootstrap on the host"
        apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null || nb_die "could not install debootstrap"
    fi
    rm -rf "$tmp"
    local mirror
    mirror=$(nb_mirror)
    nb_say "creating a Debian 13 sysroot in $root from $mirror (about a minute)"
    debootstrap --variant=minbase --include=ca-certificates trixie "$tmp" "$mirror" >"$NB_CACHE_DIR/debootstrap.log" 2>&1 ||
        nb_die "debootstrap failed, see $NB_CACHE_DIR/debootstrap.log"
    nb_say "installing $(nb_packages | wc -l) packages into the sysroot (about two minutes)"
    # shellcheck disable=SC2046
    nb_chroot_raw "$tmp" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"' \
        sh $(nb_packages) >"$NB_CACHE_DIR/apt.log" 2>&1 || nb_die "package installation failed, see $NB_CACHE_DIR/apt.log"
    touch "$tmp/.nianbao-ready"
    mv "$tmp" "$root"
    nb_say "sysroot ready"
    find "$NB_CACHE_DIR" -maxdepth 1 -name 'sysroot-trixie-*' ! -path "$root" -exec rm -rf {} + 2>/dev/null || true
}

# Runs a command inside ROOT in a private mount namespace, so every mount vanishes with the process.
# The current directory, the source tree, the home folder, /tmp and the cache are visible at their host paths.
nb_chroot_raw() {
    local root=$1
    shift
    local binds=("$NB_SOURCE_DIR" "$PWD" "${HOME:-/root}" /tmp "$NB_CACHE_DIR")
    unshare --mount --fork --propagation private /bin/bash -c '
        set -e
        root=$1; shift
        nbinds=$1; shift
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys" 2>/dev/null || true
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        for ((i = 0; i < nbinds; i++)); do
            d=$1; shift
            [ -d "$d" ] || continue
            mkdir -p "$root$d"
            mountpoint -q "$root$d" || mount --rbind "$d" "$root$d"
        done
        cwd=$1; shift
        exec chroot "$root" /bin/sh -c "cd \"\$0\" 2>/dev/null || cd /; exec \"\$@\"" "$cwd" "$@"
    ' nb-chroot "$root" "${#binds[@]}" "${binds[@]}" "$PWD" \
        /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME="${HOME:-/root}" LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
        ${QT_QPA_PLATFORM:+QT_QPA_PLATFORM="$QT_QPA_PLATFORM"} ${CI:+CI="$CI"} \
        CCACHE_DIR="$NB_CACHE_DIR/ccache" CCACHE_BASEDIR="$NB_SOURCE_DIR" CCACHE_NOHASHDIR=1 ${NB_EXTRA_ENV:-} "$@"
}

# Makes sure the build tools exist (natively or in the sysroot) and sets NB_MODE.
nb_setup() {
    if nb_host_is_native; then
        NB_MODE=native
        return 0
    fi
    NB_MODE=sysroot
    NB_SYSROOT=$(nb_sysroot_dir)
    if [ -f "$NB_SYSROOT/.nianbao-ready" ]; then
        nb_say "using the cached Debian 13 sysroot $NB_SYSROOT"
    else
        nb_say "this host has no Qt >= $NB_QT_MINIMUM with KF6 SyntaxHighlighting: building in a Debian 13 sysroot"
        nb_create_sysroot "$NB_SYSROOT"
    fi
}

# Runs a command with the build tools (after nb_setup).
nb_exec() {
    if [ "$NB_MODE" = native ]; then
        CCACHE_DIR="${CCACHE_DIR:-$NB_CACHE_DIR/ccache}" CCACHE_BASEDIR="${CCACHE_BASEDIR:-$NB_SOURCE_DIR}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}" "$@"
    else
        nb_chroot_raw "$NB_SYSROOT" "$@"
    fi
}
