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

# Qt >= NB_QT_MINIMUM with its private headers, and KF6 SyntaxHighlighting, installed on the host mean
# no sysroot is needed.
nb_host_is_native() {
    [ "${NIANBAO_NATIVE:-0}" = 1 ] && return 0
    local qtconf kfconf
    qtconf=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake 2>/dev/null | head -n1)
    kfconf=$(ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake 2>/dev/null | head -n1)
    [ -n "$qtconf" ] && [ -n "$kfconf" ] || return 1
    local version
    version=$(sed -n 's/^set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$qtconf")
    [ "$(printf '%s\n%s\n' "$version" "$NB_QT_MINIMUM" | sort -V | head -n1)" = "$NB_QT_MINIMUM" ] || return 1
    ls /usr/include/*/qt6/QtGui/"$version"/QtGui/private/qfontconfigdatabase_p.h >/dev/null 2>&1
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

# The top-level folders the sysroot provides itself; the host's are never shown in their place.
NB_SYSTEM_DIRS=" /bin /boot /dev /etc /lib /lib32 /lib64 /libx32 /proc /run /sbin /sys /usr /var /lost+found "

nb_is_system_path() {
    local rest=${1#/}
    [[ $NB_SYSTEM_DIRS == *" /${rest%%/*} "* ]]
}

# The host folders a command in the sysroot sees at their own paths, one per line: every top-level
# folder that is not part of the system (/home, /root, /srv, /mnt, /media, /opt, /tmp, …), the
# source tree, the cache and the current directory (also when inside a system folder), and the
# session's runtime folder ($XDG_RUNTIME_DIR: the display's and D-Bus's sockets).
nb_binds() {
    local d
    for d in /*; do
        [ -d "$d" ] && ! nb_is_system_path "$d" && printf '%s\n' "$d"
    done
    printf '%s\n' "$NB_SOURCE_DIR" "$NB_CACHE_DIR" "$PWD"
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && printf '%s\n' "$XDG_RUNTIME_DIR"
    return 0
}

# What to show for the paths among a program's arguments that lie in a system folder of the host,
# one per line (the rest of the host is visible anyway): the highest folder (or file) on the path
# that the sysroot does not have itself, e.g. /var/reports for /var/reports/2021/x.txt. An argument
# is a path when it starts with / (or its value after `=` does, as in --db=/var/x.sqlite) or names
# something relative to the current directory. A place the sysroot provides itself (/etc/x.txt)
# cannot be shown without hiding the sysroot's own files: a warning says so.
nb_argument_binds() {
    local root=$1 arg path d top
    shift
    for arg in "$@"; do
        path=$arg
        [[ $path == -*=* ]] && path=${path#*=}
        if [[ $path != /* ]]; then
            [[ $path == -* ]] && continue
            [ -e "$path" ] || [[ $path == */* ]] || continue
            path="$PWD/$path"
        fi
        path=$(realpath -m -- "$path")
        nb_is_system_path "$path" || continue
        top=
        for ((d = 1; ; d++)); do
            top=$(printf '%s' "$path" | cut -d/ -f1-$((d + 1)))
            [ -e "$root$top" ] || break
            [ "$top" = "$path" ] && top= && break
        done
        if [ -n "$top" ] && [ -e "$top" ]; then
            printf '%s\n' "$top"
        elif [ -n "$top" ] && [ "$top" != "$path" ]; then
            : # the folder does not exist on the host either: the program says so itself
        else
            nb_say "warning: $path is in a folder that the Debian 13 sysroot provides itself; the program sees the sysroot's $(dirname "$path") there, not the host's. Use a path under $HOME or /tmp instead."
        fi
    done
}

# The environment of the user, less what would make the sysroot's programs load the host's
# libraries or plugins (PATH, LD_*, the module paths of Qt, GTK, GIO, Python, Perl), NUL-separated.
nb_user_env() {
    local name
    while IFS= read -r name; do
        case $name in
        PATH | LD_* | SHLVL | PWD | OLDPWD | _ | BASH_FUNC_* | QT_PLUGIN_PATH | QT_QPA_PLATFORM_PLUGIN_PATH | \
            QML_IMPORT_PATH | QML2_IMPORT_PATH | QTWEBENGINEPROCESS_PATH | GCONV_PATH | LOCPATH | \
            GIO_MODULE_DIR | GIO_EXTRA_MODULES | GTK_PATH | GTK_MODULES | GTK_EXE_PREFIX | GTK_DATA_PREFIX | \
            GDK_PIXBUF_MODULE_FILE | GST_PLUGIN_PATH* | GST_PLUGIN_SYSTEM_PATH* | LIBGL_DRIVERS_PATH | \
            PYTHONHOME | PYTHONPATH | PERL5LIB | PERLLIB)
            continue
            ;;
        esac
        printf '%s=%s\0' "$name" "${!name}"
    done < <(compgen -e)
}

# The fixed environment of builds and tests, so that they do not depend on who runs them.
nb_build_env() {
    printf '%s\0' HOME="${HOME:-/root}" LANG=C.UTF-8 TERM="${TERM:-dumb}"
    local name
    for name in DISPLAY XAUTHORITY QT_QPA_PLATFORM CI; do
        [ -n "${!name:-}" ] && printf '%s=%s\0' "$name" "${!name}"
    done
    return 0
}

# Runs a command inside ROOT in a private mount namespace, so every mount vanishes with the process.
# The folders of nb_binds (and NB_EXTRA_BINDS, one per line) are visible at their host paths; the
# environment is nb_build_env's, or the user's when NB_USER_ENV=1 (scripts/run).
nb_chroot_raw() {
    local root=$1
    shift
    local binds env
    # Sorted, each folder once, none inside another that is shown already.
    mapfile -t binds < <({ nb_binds; printf '%s\n' "${NB_EXTRA_BINDS:-}"; } | sort -u |
        awk 'NF { for (i = 1; i <= n; i++) if (index($0, kept[i] "/") == 1) next; kept[++n] = $0; print }')
    if [ "${NB_USER_ENV:-0}" = 1 ]; then
        mapfile -d '' -t env < <(nb_user_env)
    else
        mapfile -d '' -t env < <(nb_build_env)
    fi
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
            if [ -d "$d" ]; then
                mkdir -p "$root$d"
            elif [ -f "$d" ]; then
                mkdir -p "$(dirname "$root$d")" && touch "$root$d"
            else
                continue
            fi
            mountpoint -q "$root$d" || mount --rbind "$d" "$root$d" ||
                echo "[nianbao] warning: $d cannot be shown in the sysroot" >&2
        done
        cwd=$1; shift
        exec chroot "$root" /bin/sh -c "cd \"\$0\" 2>/dev/null || cd /; exec \"\$@\"" "$cwd" "$@"
    ' nb-chroot "$root" "${#binds[@]}" "${binds[@]}" "$PWD" \
        /usr/bin/env -i "${env[@]}" PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
        CCACHE_DIR="$NB_CACHE_DIR/ccache" CCACHE_BASEDIR="$NB_SOURCE_DIR" CCACHE_NOHASHDIR=1 "$@"
}

# Makes the locales the user's environment names (LANG, LC_*) exist in the sysroot, compiled from
# the sysroot's own locale sources; otherwise the C library and Qt fall back to the C locale.
nb_sysroot_locales() {
    local root=$1 name locale wanted=()
    for name in LC_ALL LC_MESSAGES LC_CTYPE LC_TIME LC_NUMERIC LC_COLLATE LC_MONETARY LANG; do
        locale=${!name:-}
        [[ $locale =~ ^([a-z]+_[A-Z]+)\.([Uu][Tt][Ff]-?8)$ ]] || continue
        [[ " ${wanted[*]} " == *" $locale "* ]] || wanted+=("$locale")
    done
    for locale in "${wanted[@]}"; do
        local source=${locale%%.*} norm
        norm="$source.utf8"
        [ -f "$root/usr/share/i18n/locales/$source" ] || continue
        if ! chroot "$root" locale -a 2>/dev/null | grep -qx "$norm"; then
            nb_say "compiling the locale $locale in the sysroot"
            (flock 9 && chroot "$root" localedef -i "$source" -f UTF-8 "$source.UTF-8") 9>"$NB_CACHE_DIR/setup.lock" ||
                nb_say "warning: could not compile the locale $locale"
        fi
    done
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
        nb_say "this host has no Qt >= $NB_QT_MINIMUM with its private headers and KF6 SyntaxHighlighting: building in a Debian 13 sysroot"
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
