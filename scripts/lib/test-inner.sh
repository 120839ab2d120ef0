# Runs inside `unshare -n` (only loopback exists): a session bus with an unlocked keychain,
# then ctest. Usage: test-inner.sh BUILD_DIR LOG [ctest args...]
set -uo pipefail
build_dir=$1 log=$2
shift 2
ip link set lo up
exec dbus-run-session -- bash -c '
  build_dir=$1 log=$2; shift 2
  printf "clusterdeck-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  keyring_pid=$(pgrep -n -u "$(id -u)" -f "gnome-keyring-daemon --unlock --components=secrets")
  # Tests configure loopback "nodes" that are this machine: none may touch its /etc/hosts.
  hosts_before=$(sha256sum /etc/hosts)
  ctest --test-dir "$build_dir" -j 2 --output-on-failure --timeout 600 "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  if [ "$(sha256sum /etc/hosts)" != "$hosts_before" ]; then
    echo "A test changed /etc/hosts (a setup ran the common role without" \
         "common_manage_hosts_file=false, or without --no-setup)." | tee -a "$log" >&2
    status=1
  fi
  [ -n "$keyring_pid" ] && kill "$keyring_pid" 2>/dev/null
  exit "$status"
' test-inner "$build_dir" "$log" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
