# Shared by scripts/*: where the Debian 13 build root lives, what it holds, and how to run inside it.
# shellcheck shell=bash

CHATROOM_ROOT=${CHATROOM_ROOT:-/var/cache/chatroom/debian13-root}

# Packages the build root needs. Changing this list makes the next bootstrap install the difference.
ROOT_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqca-qt6-dev libqca-qt6-plugins libqt6sql6-sqlite libsodium-dev libssl-dev libgl-dev
    clang libclang-rt-19-dev clang-format
    xvfb xauth fonts-dejavu-core fonts-noto-color-emoji sqlite3 procps ccache faketime
    libkf6notifications-dev dbus-daemon qt6-svg-plugins qt6-multimedia-dev
    postgresql libqt6sql6-psql libpq-dev valkey-server libhiredis-dev
    libsystemd-dev qt6-httpserver-dev qt6-websockets-dev libsqlite3-dev systemd
    help2man librsvg2-bin desktop-file-utils appstream lintian dpkg-dev fakeroot file debootstrap heaptrack valgrind
)

say() { printf 'chatroom: %s\n' "$*" >&2; }
die() { printf 'chatroom: error: %s\n' "$*" >&2; exit 1; }

is_debian_12() { grep -qs '^12' /etc/debian_version; }

host_qt_version() {
    local f
    for f in /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake /usr/lib64/cmake/Qt6Core/Qt6CoreConfigVersion.cmake \
        /usr/lib/cmake/Qt6Core/Qt6CoreConfigVersion.cmake; do
        [ -f "$f" ] && { sed -n 's/^set(PACKAGE_VERSION "\(.*\)")/\1/p' "$f"; return 0; }
    done
    return 1
}

# Prints one line per missing piece; prints nothing when the host can build natively.
host_missing() {
    local v
    v=$(host_qt_version || true)
    if [ -z "$v" ]; then
        echo "Qt 6 (qt6-base-dev)"
    else
        local major minor
        IFS=. read -r major minor _ <<<"$v"
        if [ "$major" -lt 6 ] || { [ "$major" = 6 ] && [ "$minor" -lt 8 ]; }; then echo "Qt >= 6.8 (found $v)"; fi
    fi
    compgen -G '/usr/lib*/**/cmake/Qca-qt6/Qca-qt6Config.cmake' >/dev/null ||
        compgen -G '/usr/lib/*/cmake/Qca-qt6/Qca-qt6Config.cmake' >/dev/null || echo "QCA for Qt 6 (libqca-qt6-dev)"
    compgen -G '/usr/lib/*/qca-qt6/crypto/libqca-ossl.so' >/dev/null ||
        compgen -G '/usr/lib64/qca-qt6/crypto/libqca-ossl.so' >/dev/null || echo "qca-ossl plugin (libqca-qt6-plugins)"
    compgen -G '/usr/lib/*/cmake/Qt6Multimedia/Qt6MultimediaConfig.cmake' >/dev/null ||
        echo "Qt Multimedia, for voice messages (qt6-multimedia-dev)"
    compgen -G '/usr/lib/*/cmake/KF6Notifications/KF6NotificationsConfig.cmake' >/dev/null ||
        echo "KNotifications (libkf6notifications-dev)"
    [ -f /usr/include/sodium.h ] || echo "libsodium (libsodium-dev)"
    [ -f /usr/include/hiredis/async.h ] || echo "hiredis, for the bus between nodes (libhiredis-dev)"
    command -v valkey-server >/dev/null || echo "Valkey, for the cluster tests (valkey-server)"
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || echo "PostgreSQL, for the cluster tests (postgresql)"
    [ -f /usr/include/openssl/ssl.h ] || echo "OpenSSL headers (libssl-dev)"
    [ -f /usr/include/systemd/sd-daemon.h ] || echo "libsystemd, for running as a service (libsystemd-dev)"
    command -v help2man >/dev/null || echo "help2man, for the man pages"
    command -v rsvg-convert >/dev/null || echo "rsvg-convert, for the icons (librsvg2-bin)"
    command -v desktop-file-validate >/dev/null || echo "desktop-file-validate, for the install test (desktop-file-utils)"
    command -v appstreamcli >/dev/null || echo "appstreamcli, for the install test (appstream)"
    command -v systemd-analyze >/dev/null || echo "systemd-analyze, for the install test (systemd)"
    command -v cmake >/dev/null || echo "cmake"
    command -v ninja >/dev/null || echo "ninja (ninja-build)"
    return 0
}

host_has_everything() { [ -z "$(host_missing)" ]; }

root_is_ready() {
    [ -f "$CHATROOM_ROOT/.chatroom-packages" ] &&
        [ "$(cat "$CHATROOM_ROOT/.chatroom-packages")" = "$(printf '%s\n' "${ROOT_PACKAGES[@]}")" ]
}

# The first Debian mirror of the host's release, from its apt configuration (one-line or deb822 format).
host_debian_mirror() {
    local codename
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ -n "$codename" ] || return 1
    local files=()
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    compgen -G '/etc/apt/sources.list.d/*.list' >/dev/null && files+=(/etc/apt/sources.list.d/*.list)
    compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null && files+=(/etc/apt/sources.list.d/*.sources)
    [ ${#files[@]} -gt 0 ] || return 1
    awk -v want="$codename" '
        function flush() { if (uris != "" && types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " want " ")) { split(uris, u, " "); print u[1]; found = 1; exit } uris = ""; suites = ""; types = "" }
        FILENAME ~ /\.sources$/ {
            if ($0 ~ /^[ \t]*$/) { flush(); next }
            if ($1 == "Types:") { $1 = ""; types = $0 }
            if ($1 == "URIs:") { $1 = ""; sub(/^ +/, ""); uris = $0 }
            if ($1 == "Suites:") { $1 = ""; suites = $0 }
            next
        }
        /^[ \t]*deb[ \t]/ {
            line = $0; sub(/\[[^]]*\]/, "", line); n = split(line, f, /[ \t]+/)
            i = (f[1] == "" ? 2 : 1)
            if (f[i + 2] == want) { print f[i + 1]; found = 1; exit }
        }
        ENDFILE { if (FILENAME ~ /\.sources$/) flush() }
        END { exit found ? 0 : 1 }
    ' "${files[@]}"
}

# The bwrap options for the build root: the checkout at its own path, the host's /tmp (so a path there
# means the same inside and out, and the X socket comes along), the home directory, the host network, and
# each directory or file named in CHATROOM_EXTRA_BIND (colon-separated). Sets the array root_args.
root_bwrap_args() {
    root_args=(
        --bind "$CHATROOM_ROOT" /
        --proc /proc --dev /dev --bind /tmp /tmp --tmpfs /dev/shm
        --ro-bind /etc/resolv.conf /etc/resolv.conf
        --die-with-parent
    )
    local top dir dirs=()
    top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    root_args+=(--bind "$top" "$top")
    IFS=: read -r -a dirs <<<"${CHATROOM_EXTRA_BIND:-}"
    for dir in "${dirs[@]}"; do
        [ -n "$dir" ] && root_args+=(--bind "$dir" "$dir")
    done
    [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && root_args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    [ -n "${HOME:-}" ] && [ -d "$HOME" ] && root_args+=(--bind "$HOME" "$HOME")
    case "$PWD/" in
    "$top"/* | /tmp/* | "${HOME:-/nonexistent}"/*) root_args+=(--chdir "$PWD") ;;
    *) root_args+=(--chdir "$top") ;;
    esac
}

# For scripts/run: the program's options that name files or directories (the server's --data-dir,
# --log-file, --tls-cert, --tls-key, as "--opt VALUE" or "--opt=VALUE") are made absolute against the
# caller's directory, the data directory (and the log file's) is created, and each directory is added to
# CHATROOM_EXTRA_BIND, so that a path means inside the build root what it means outside: nothing lands in
# the root's own file system and vanishes from view. Sets the array run_args.
root_paths_of_options() {
    run_args=()
    local want="" arg opt value dir
    for arg in "$@"; do
        if [ -n "$want" ]; then
            opt=$want want=""
            value=$(realpath -m -- "$arg")
        else
            case "$arg" in
            --data-dir | --log-file | --tls-cert | --tls-key) want=$arg; run_args+=("$arg"); continue ;;
            --data-dir=* | --log-file=* | --tls-cert=* | --tls-key=*)
                opt=${arg%%=*} value=$(realpath -m -- "${arg#*=}") ;;
            *) run_args+=("$arg"); continue ;;
            esac
        fi
        case "$opt" in
        --data-dir) dir=$value; mkdir -p -- "$dir" ;;
        --log-file) dir=$(dirname -- "$value"); mkdir -p -- "$dir" ;;
        *) dir=$value ;; # the certificate or key file alone: its directory may be /etc/ssl, the root's own
        esac
        [ -e "$dir" ] && CHATROOM_EXTRA_BIND=${CHATROOM_EXTRA_BIND:+$CHATROOM_EXTRA_BIND:}$dir
        if [ "$arg" = "${arg#--}" ]; then run_args+=("$value"); else run_args+=("$opt=$value"); fi
    done
    export CHATROOM_EXTRA_BIND
}

# Runs a command inside the build root.
root_exec() {
    local root_args
    root_bwrap_args
    bwrap "${root_args[@]}" "$@"
}

# Runs the command inside the build root so that signals reach it as if it ran here: a server under
# Ctrl-C, a service manager's SIGTERM or a kill of this script's PID shuts down cleanly. bwrap would die
# of those signals and take the command with it (--die-with-parent kills it with SIGKILL), so bwrap
# ignores them, the command starts with their default handling again, and this shell passes on the
# ones sent to it alone. Standard input stays the command's (the server's console reads it).
root_exec_forwarding_signals() {
    local root_args
    root_bwrap_args
    (
        trap '' INT TERM HUP QUIT
        exec bwrap "${root_args[@]}" env --default-signal=INT,TERM,HUP,QUIT "$@"
    ) <&0 &
    local bwrap_pid=$! sig status
    for sig in INT TERM HUP QUIT; do
        # shellcheck disable=SC2064 # the PID is fixed now
        trap "pkill -$sig -P $bwrap_pid 2>/dev/null || true" "$sig"
    done
    # A trapped signal interrupts wait; the command goes on until it has finished shutting down.
    while kill -0 "$bwrap_pid" 2>/dev/null; do
        wait "$bwrap_pid" || true
    done
    wait "$bwrap_pid" && status=0 || status=$?
    return "$status"
}
