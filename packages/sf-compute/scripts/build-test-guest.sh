#!/usr/bin/env bash
# Builds the small test guest the sf-compute integration tests and benchmark
# boot: a 64 MiB MBR disk with one FAT partition holding syslinux, Debian's
# cloud kernel and a busybox initramfs whose init brings up virtio-net, runs
# udhcpc and prints markers on the serial console. Debian packages only
# (linux-image-cloud-amd64 busybox-static syslinux syslinux-common mtools
# dosfstools fdisk cpio qemu-utils).
#
# Usage: build-test-guest.sh [OUTPUT_DIR]   (default: <repo>/.test-state/guest)
# Prints the path of guest.qcow2. Does nothing when it exists and was built by
# this version of the script from the same kernel.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$(cd "$here/../../.." && pwd)/.test-state/guest}
image="$out/guest.qcow2"

# `|| true`: with no match ls fails, and pipefail with set -e would exit before the message below.
kernel=$(ls -1 /boot/vmlinuz-*-cloud-amd64 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$kernel" ]; then
  echo "build-test-guest: no /boot/vmlinuz-*-cloud-amd64 (install linux-image-cloud-amd64)" >&2
  exit 1
fi
recipe=$( (cat "$here/$(basename "$0")"; echo "$kernel") | sha256sum | cut -c1-16)
if [ -s "$image" ] && [ "$(cat "$out/guest.recipe" 2>/dev/null)" = "$recipe" ]; then
  echo "$image"
  exit 0
fi
kver=${kernel#/boot/vmlinuz-}
moddir=/lib/modules/$kver

mkdir -p "$out"
work=$(mktemp -d "$out/build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The initramfs: busybox, the virtio-net modules (flat, loaded by insmod in
# dependency order, so no modprobe or depmod data is needed) and an init.
root="$work/root"
mkdir -p "$root"/{bin,dev,proc,sys,run,tmp,modules,etc}
cp /bin/busybox "$root/bin/busybox"
for mod in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci failover net_failover virtio_net; do
  src=$(modinfo -k "$kver" -n "$mod")
  case "$src" in
    *.ko) cp "$src" "$root/modules/$mod.ko" ;;
    *.ko.xz) xz -dc "$src" >"$root/modules/$mod.ko" ;;
    *.ko.zst) zstd -qdc "$src" >"$root/modules/$mod.ko" ;;
    *) echo "build-test-guest: unexpected module file $src" >&2; exit 1 ;;
  esac
done

cat >"$root/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "SF-TEST-GUEST booted" >/dev/console
for mod in virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci failover net_failover virtio_net; do
  insmod "/modules/$mod.ko" || echo "SF-TEST-GUEST insmod-failed $mod" >/dev/console
done
ip link set lo up
for _ in $(seq 1 50); do
  [ -e /sys/class/net/eth0 ] && break
  sleep 0.1
done
ip link set eth0 up
udhcpc -i eth0 -s /udhcpc.sh -t 20 -T 1 -q -f >/dev/null 2>&1 || echo "SF-TEST-GUEST dhcp-failed" >/dev/console
while true; do sleep 3600; done
INIT

cat >"$root/udhcpc.sh" <<'SCRIPT'
#!/bin/sh
case "$1" in
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    echo "SF-TEST-GUEST dhcp-address=$ip" >/dev/console
    ;;
esac
exit 0
SCRIPT
chmod 0755 "$root/init" "$root/udhcpc.sh"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/initrd.img"

# Boot options trimmed for emulation (no crypto self-tests, no timer checks,
# no mitigations): about 30% less time to the booted marker under TCG.
cat >"$work/syslinux.cfg" <<'CFG'
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  KERNEL vmlinuz
  INITRD initrd.img
  APPEND console=ttyS0,115200 panic=-1 quiet loglevel=3 mitigations=off no_timer_check tsc=reliable cryptomgr.notests random.trust_cpu=on 8250.nr_uarts=1
CFG

# The disk: MBR, one bootable FAT partition from sector 2048 to the end.
raw="$work/guest.raw"
truncate -s 64M "$raw"
echo 'start=2048, type=c, bootable' | sfdisk --quiet "$raw"
dd if=/usr/lib/syslinux/mbr/mbr.bin of="$raw" bs=440 count=1 conv=notrunc status=none
mkfs.vfat --offset 2048 -n SFGUEST "$raw" $(((64 * 1024 - 1024))) >/dev/null
mcopy -i "$raw@@1M" "$kernel" ::vmlinuz
mcopy -i "$raw@@1M" "$work/initrd.img" ::initrd.img
mcopy -i "$raw@@1M" "$work/syslinux.cfg" ::syslinux.cfg
syslinux --offset 1048576 --install "$raw"

qemu-img convert -f raw -O qcow2 "$raw" "$work/guest.qcow2"
mv -f "$work/guest.qcow2" "$image"
echo "$recipe" >"$out/guest.recipe"
echo "$image"
