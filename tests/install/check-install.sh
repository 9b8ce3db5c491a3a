#!/usr/bin/env bash
# `cmake --install` into a staging directory (DESTDIR, as packaging does): every file where the platform
# expects it, and each one valid by its own tool: desktop-file-validate, appstreamcli, systemd-analyze
# (the unit's exposure at most 2.0), the programs' --version and --help, and the example settings file.
set -euo pipefail
build=${1:?usage: check-install.sh BUILD-DIR}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
checks=0
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }
ok() { checks=$((checks + 1)); printf 'ok: %s\n' "$*"; }

DESTDIR=$stage cmake --install "$build" >"$stage.log" 2>&1 || { cat "$stage.log"; fail "cmake --install"; }
rm -f "$stage.log"
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
root=$stage$prefix

for f in bin/chatroom-server bin/chatroom-client share/applications/chatroom-client.desktop \
    share/icons/hicolor/scalable/apps/chatroom-client.svg share/man/man1/chatroom-server.1.gz \
    share/man/man1/chatroom-client.1.gz share/knotifications6/chatroom-client.notifyrc \
    lib/systemd/system/chatroom-server.service; do
    [ -s "$root/$f" ] || fail "$prefix/$f was not installed"
done
ok "programs, desktop entry, icon, man pages, notification events and unit installed under $prefix"

for size in 16 22 24 32 48 64 128 256 512; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/chatroom-client.png
    file "$png" | grep -q "PNG image data, $size x $size" || fail "no ${size}x${size} PNG icon: $(file "$png")"
done
ok "hicolor icons at 16 to 512 pixels"

desktop-file-validate "$root/share/applications/chatroom-client.desktop" || fail "desktop-file-validate"
ok "desktop-file-validate"
metainfo=$(ls "$root"/share/metainfo/*.metainfo.xml)
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate $metainfo"
ok "appstreamcli validate"

unit=$root/lib/systemd/system/chatroom-server.service
grep -q "^ExecStart=$prefix/bin/chatroom-server " "$unit" || fail "the unit does not start $prefix/bin/chatroom-server"
grep -q '^Type=notify$' "$unit" || fail "the unit is not Type=notify"
exposure=$(systemd-analyze security --offline=true "$unit" 2>&1 | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
[ -n "$exposure" ] || fail "systemd-analyze security gave no exposure level"
awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' || fail "the unit's exposure is $exposure, above 2.0"
ok "systemd-analyze security: exposure $exposure (at most 2.0)"

# Each output is taken whole before it is searched: grep -q leaving early would break the pipe.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
out=$("$root/bin/chatroom-server" --version)
[ "$out" = "chatroom-server $version" ] || fail "chatroom-server --version said: $out"
out=$("$root/bin/chatroom-server" --help)
grep -q -- "--check-config" <<<"$out" || fail "chatroom-server --help lacks --check-config"
out=$(QT_QPA_PLATFORM=offscreen "$root/bin/chatroom-client" --version)
[ "$out" = "chatroom-client $version" ] || fail "chatroom-client --version said: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/bin/chatroom-client" --help)
grep -q -- "--no-tls" <<<"$out" || fail "chatroom-client --help without a display"
ok "--version and --help of both installed programs"

serverman=$(zcat "$root/share/man/man1/chatroom-server.1.gz") || fail "chatroom-server.1.gz is not gzip"
grep -q '^\.TH CHATROOM-SERVER "1"' <<<"$serverman" || fail "chatroom-server.1 has no title"
grep -q '^\.SH SIGNALS' <<<"$serverman" || fail "chatroom-server.1 lacks SIGNALS"
grep -q -- 'check\\-config' <<<"$serverman" || fail "chatroom-server.1 lacks the options"
ok "man pages"

conf=$(find "$stage" -path '*/chatroom/server.conf')
[ -n "$conf" ] || fail "no example settings file chatroom/server.conf"
"$root/bin/chatroom-server" --config "$conf" --check-config >/dev/null || fail "the example settings file is not valid"
ok "the example settings file ${conf#"$stage"} passes --check-config"

printf '%d passed, 0 failed\n' "$checks"
