#!/usr/bin/env bash
# Brings a fresh Debian 12 machine (as root) to the point where sf-ts builds,
# tests and runs: Debian packages, npm dependencies, the build, and the host
# services needed. Every step checks first, so a second run is quick.
#   setup.sh test    also installs what only the tests need (the test guest's
#                    kernel and tools) and starts the machine's MariaDB (the
#                    tests' server) and libvirt
#   setup.sh start   what the all-in-one runs on; MariaDB is left to
#                    scripts/start.sh (a private one)
set -euo pipefail
mode=${1:-test}
cd "$(dirname "$0")/.."

log() { printf 'setup: %s\n' "$*" >&2; }

DEBIAN_PACKAGES=(
  mariadb-server mariadb-client
  qemu-system-x86 qemu-utils libvirt-daemon-system libvirt-clients libvirt-dev
  dnsmasq-base nftables iproute2 util-linux xorriso ovmf genisoimage dosfstools mtools
  libsystemd-dev python3 make g++
)
# Only for building the tests' guest image. Never installed by `npm start`: a
# kernel package would become the default boot entry of an operator's host.
TEST_PACKAGES=(
  busybox-static linux-image-cloud-amd64 syslinux syslinux-common fdisk cpio
)

ensure_debian_packages() {
  local missing=() wanted=("${DEBIAN_PACKAGES[@]}")
  [ "$mode" = test ] && wanted+=("${TEST_PACKAGES[@]}")
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages (run as root to install): ${missing[*]}"
    return 1
  fi
  log "installing Debian packages: ${missing[*]}"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

ensure_npm_dependencies() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dependencies"
    npm ci --no-audit --no-fund >&2
  fi
}

ensure_build() {
  # sf-net's addon: built against the headers of the node on PATH
  # (<prefix>/include/node), so node-gyp downloads nothing; rebuilt when any
  # of its sources is newer than it.
  local addon=packages/sf-net/native/build/Release/sf_net_netns.node
  local stale=0 source
  for source in packages/sf-net/native/*.c packages/sf-net/native/*.h packages/sf-net/native/binding.gyp; do
    [ "$source" -nt "$addon" ] && stale=1
  done
  if [ ! -f "$addon" ] || [ "$stale" = 1 ]; then
    log "building the sf-net netns addon"
    npx --no-install node-gyp rebuild --directory packages/sf-net/native \
      --nodedir="$(dirname "$(dirname "$(command -v node)")")" >&2
  fi
  log "building"
  npx tsc -b >&2
}

# The shared MariaDB for tests: the machine's own server, started if it is down
# (by systemd where it runs; otherwise directly, as the mysql user, since
# Debian's own configuration leaves the user to the service manager).
ensure_mariadb() {
  if mariadb-admin -uroot --connect-timeout=2 ping >/dev/null 2>&1; then return 0; fi
  log "starting MariaDB"
  if [ -d /run/systemd/system ]; then
    systemctl start mariadb
  else
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  fi
  for _ in $(seq 1 60); do
    mariadb-admin -uroot --connect-timeout=2 ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "MariaDB did not come up"
  return 1
}

# The tests log in to the machine's MariaDB over TCP. Where root may do so
# without a password (as on the machines this project is tested on), they use
# it. Elsewhere (Debian's default lets root in by the socket only), a user of
# their own, allowed only the tests' sft_* databases, with a password kept in
# .aio/test-mariadb, which scripts/test.sh reads. A caller's own
# SF_TEST_MARIADB_USER is left alone.
ensure_test_account() {
  local file=.aio/test-mariadb password
  [ -n "${SF_TEST_MARIADB_USER:-}" ] && return 0
  if mariadb --no-defaults -uroot --password= -h127.0.0.1 -P3306 -e 'SELECT 1' >/dev/null 2>&1; then
    rm -f "$file"
    return 0
  fi
  mkdir -p .aio
  if [ ! -s "$file" ]; then
    password=$(node -e 'process.stdout.write(require("crypto").randomBytes(18).toString("hex"))')
    (umask 077 && printf 'SF_TEST_MARIADB_USER=sf_test\nSF_TEST_MARIADB_PASSWORD=%s\n' "$password" > "$file")
  fi
  password=$(sed -n 's/^SF_TEST_MARIADB_PASSWORD=//p' "$file")
  log "MariaDB user sf_test for the tests (password in $file)"
  # On stdin, so the password is on no command line.
  printf "CREATE USER IF NOT EXISTS 'sf_test'@'127.0.0.1' IDENTIFIED BY '%s';
ALTER USER 'sf_test'@'127.0.0.1' IDENTIFIED BY '%s';
GRANT ALL PRIVILEGES ON \`sft\\_%%\`.* TO 'sf_test'@'127.0.0.1';\n" "$password" "$password" | mariadb --no-defaults -uroot
}

# Under systemd, libvirtd starts on demand and exits when idle, so a first
# `virsh` call is what wakes it; the daemons are started by hand only where no
# service manager runs.
ensure_libvirt() {
  virsh -c qemu:///system version >/dev/null 2>&1 && return 0
  if [ -d /run/systemd/system ]; then
    systemctl start virtlogd libvirtd
  else
    pgrep -x virtlogd >/dev/null || { log "starting virtlogd"; virtlogd -d; }
    pgrep -x libvirtd >/dev/null || { log "starting libvirtd"; libvirtd -d; }
  fi
  for _ in $(seq 1 40); do
    virsh -c qemu:///system version >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  log "libvirtd did not answer"
  return 1
}

ensure_debian_packages
ensure_npm_dependencies
ensure_build
if [ "$mode" = test ]; then
  ensure_mariadb
  ensure_test_account
  # Only the tests drive libvirt so far: the all-in-one has no compute worker yet.
  ensure_libvirt
fi
