#!/bin/sh
# Run by scripts/package --check inside the clean chroot after `apt-get install ./nianbao_….deb`:
# checks that the installed program works and that its files are where the desktop expects them.
# $1: the folder of the seed reports.
set -eu
seeds=$1
fail() { echo "[check] FAILED: $*" >&2; exit 1; }
say() { echo "[check] $*" >&2; }

files=$(dpkg -L nianbao)
for expected in /usr/bin/nianbao '/usr/lib/*/nianbao/nianbao-desktop' '/usr/lib/*/nianbao/libnianbao-pdf.so' \
    '/usr/lib/*/nianbao/libnianbao-zip.so' \
    '/usr/share/applications/*.desktop' \
    '/usr/share/metainfo/*.metainfo.xml' \
    '/usr/share/icons/hicolor/scalable/apps/*.svg' \
    '/usr/share/icons/hicolor/48x48/apps/*.png' \
    /usr/share/man/man1/nianbao.1.gz /usr/share/man/zh_CN/man1/nianbao.1.gz \
    /usr/share/bash-completion/completions/nianbao \
    /usr/share/nianbao/help/user-guide.md \
    /usr/share/doc/nianbao/copyright /usr/share/doc/nianbao/changelog.gz /usr/share/doc/nianbao/README.md; do
    # shellcheck disable=SC2086
    found=$(printf '%s\n' "$files" | grep -x "$(printf '%s' "$expected" | sed 's/\./\\./g; s/\*/[^\/]*/g')" || true)
    [ -n "$found" ] && [ -e "$(printf '%s\n' "$found" | head -n1)" ] || fail "$expected is not installed"
done
say "every file is installed"

version=$(nianbao --version) || fail "nianbao --version exited $?"
case $version in "nianbao "[0-9]*) ;; *) fail "nianbao --version said: $version" ;; esac
say "$version"

work=$(mktemp -d)
cp "$seeds/2019_nanfeng/input.txt" "$work/2019_nanfeng.txt"
cd "$work"
out=$(nianbao validate 2019_nanfeng.txt) || fail "nianbao validate exited $?: $out"
printf '%s\n' "$out" | grep -q '南丰镇，2019 年度' || fail "nianbao validate said: $out"
say "validate reads a seed"
HOME=$work nianbao import --db "$work/test.sqlite" 2019_nanfeng.txt >/dev/null || fail "nianbao import exited $?"
say "import stores it in a database"
# The PDF needs the fonts the package recommends (apt installs recommendations): an office's first print.
nianbao pdf 2019_nanfeng.txt -o "$work/2019_nanfeng.pdf" >/dev/null || fail "nianbao pdf exited $?"
[ "$(head -c 5 "$work/2019_nanfeng.pdf")" = "%PDF-" ] || fail "nianbao pdf wrote no PDF"
say "pdf writes the report as a PDF"
# Reading a PDF loads Poppler from the private folder: reading that PDF back shows the command finds it.
out=$(nianbao validate 2019_nanfeng.pdf) || fail "nianbao validate of its own PDF exited $?: $out"
printf '%s\n' "$out" | grep -q '南丰镇，2019 年度' || fail "nianbao validate of its own PDF said: $out"
say "validate reads that PDF back"
# A Word document is a zip package, written by the zip module of the private folder.
nianbao export 2019_nanfeng.txt --to docx -o "$work/2019_nanfeng.docx" >/dev/null || fail "nianbao export --to docx exited $?"
[ "$(head -c 2 "$work/2019_nanfeng.docx")" = "PK" ] || fail "nianbao export --to docx wrote no zip package"
say "export writes the report as a Word document"

say "installing Xvfb to start the GUI"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils >/dev/null 2>&1 ||
    fail "could not install Xvfb"
Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 2
DISPLAY=:77 HOME=$work nianbao --db "$work/test.sqlite" >"$work/gui.log" 2>&1 &
gui=$!
shown=0
for _ in $(seq 1 30); do
    sleep 1
    kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log" >&2; fail "the GUI exited"; }
    if DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q '政务公开年报编审'; then
        shown=1
        break
    fi
done
kill "$gui"
[ "$shown" = 1 ] || { cat "$work/gui.log" >&2; fail "the GUI showed no main window"; }
say "the GUI starts and shows its main window"
