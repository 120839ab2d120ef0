# Shared by scripts/run, scripts/test, scripts/bench, scripts/screenshot. Sourced, not run.
# shellcheck shell=bash

CD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building ClusterDeck needs (Debian 12 packages).
CD_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qtkeychain-qt6-dev libssh-dev libvterm-dev libquazip1-qt6-dev libssl-dev libgl-dev ccache
)
# What running it needs beyond the libraries: Ansible, an SSH client, a keychain.
CD_RUN_PACKAGES=(ansible openssh-client gnome-keyring dbus-x11 libsecret-tools)
# What the tests need: real peers (sshd, keychain, X server for screenshots), namespaces.
CD_TEST_PACKAGES=(openssh-server xvfb xauth imagemagick socat netcat-openbsd iproute2 curl
  util-linux procps
  # The setup tests run the shipped roles on a loopback node inside `unshare -n`, where
  # nothing can be downloaded: what the roles install must be there already.
  slurm-wlm munge nfs-kernel-server rsync ansible-lint)

cd_log() { printf '%s\n' "$*" >&2; }

# Installs the named Debian packages that are missing; silent when all are present.
cd_install_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  cd_log "Installing missing packages: ${missing[*]}"
  local log
  log=$(mktemp)
  if ! { "${sudo[@]}" apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
           --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    cd_log "Package installation failed."
    return 1
  fi
  rm -f "$log"
}

# Configures and builds a tree. Usage: cd_build DIR BUILD_TYPE [extra cmake args...]
cd_build() {
  local dir=$1 type=$2
  shift 2
  mkdir -p "$dir"
  local werror=OFF
  [ "${CI:-}" = true ] && werror=ON
  # ccache: a rebuild of the same sources (another clone of the same commit included: paths
  # are taken relative to the root, and the build directory is not hashed) costs little.
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$CD_ROOT" CCACHE_NOHASHDIR=1
  fi
  cmake -S "$CD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
    -DCLUSTERDECK_WERROR="$werror" "${launcher[@]}" "$@" >"$dir/configure.log" 2>&1 ||
    { cat "$dir/configure.log" >&2; return 1; }
  cmake --build "$dir" -j "$(nproc 2>/dev/null || echo 2)"
}

# moto_server lives in the image's pyenv, not in Debian. Resolve the real script (not the
# pyenv shim, which breaks once HOME is redirected) before HOME changes.
cd_find_moto() {
  local candidate
  for candidate in "${CLUSTERDECK_MOTO_SERVER:-}" "$HOME"/.pyenv/versions/*/bin/moto_server \
                   /root/.pyenv/versions/*/bin/moto_server "$(command -v moto_server || true)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && case "$candidate" in
      */shims/*) ;;
      *) printf '%s\n' "$candidate"; return 0 ;;
    esac
  done
  return 1
}
