/*
 * Namespace system calls for Node, which has none. A netlink socket belongs to
 * the network namespace of the thread that opened it, so sf-net switches its
 * main thread into a namespace, opens the socket, and switches back. Creating
 * a named namespace here (as `ip netns add` does) avoids a fork per network.
 *
 * Also the pidfd calls (Linux 5.3), which Node lacks too: a signal sent
 * through a pidfd reaches the process it was opened for or none, never a later
 * one given the same pid. They are made by syscall(), as not every glibc this
 * builds against has wrappers for them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <node_api.h>
#include "addon.h"

/* Kernel headers before 5.3 lack the numbers; they are the same on every architecture but alpha. */
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

napi_value throw_errno(napi_env env, const char *syscall, int err) {
  char text[160];
  napi_value msg;
  napi_value error;
  napi_value code;
  snprintf(text, sizeof(text), "%s: %s", syscall, strerror(err));
  napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg);
  napi_create_error(env, NULL, msg, &error);
  napi_create_int32(env, err, &code);
  napi_set_named_property(env, error, "errno", code);
  napi_throw(env, error);
  return NULL;
}

#define MAX_ARGS 2

/* The call's want arguments as int32s, or a TypeError showing usage (and 0). */
int int32_args(napi_env env, napi_callback_info info, size_t want, int32_t *out, const char *usage) {
  napi_value argv[MAX_ARGS];
  size_t argc = want;
  int ok = want <= MAX_ARGS && napi_get_cb_info(env, info, &argc, argv, NULL, NULL) == napi_ok && argc == want;
  for (size_t i = 0; ok && i < want; i++) ok = napi_get_value_int32(env, argv[i], &out[i]) == napi_ok;
  if (!ok) napi_throw_type_error(env, NULL, usage);
  return ok;
}

/*
 * The call's one argument as a non-empty path that fits buf, or a TypeError
 * showing usage (and 0). A NUL inside it would have the system call act on
 * the part before it, so it is refused too.
 */
static int path_arg(napi_env env, napi_callback_info info, char *buf, size_t size, const char *usage) {
  napi_value argv[1];
  size_t argc = 1;
  size_t len = 0;
  int ok = napi_get_cb_info(env, info, &argc, argv, NULL, NULL) == napi_ok && argc == 1 &&
           napi_get_value_string_utf8(env, argv[0], buf, size, &len) == napi_ok && len > 0 && len < size - 1 &&
           strlen(buf) == len;
  if (!ok) napi_throw_type_error(env, NULL, usage);
  return ok;
}

/* setns(fd): move the calling (main) thread into the network namespace of fd. */
static napi_value Setns(napi_env env, napi_callback_info info) {
  int32_t fd = -1;
  if (!int32_args(env, info, 1, &fd, "setns(fd: number)")) return NULL;
  if (setns(fd, CLONE_NEWNET) != 0) return throw_errno(env, "setns", errno);
  return NULL;
}

/*
 * createNetns(path): a new network namespace bind-mounted on path (an existing
 * empty file). The thread returns to its own namespace or the process aborts.
 */
static napi_value CreateNetns(napi_env env, napi_callback_info info) {
  char path[4096];
  if (!path_arg(env, info, path, sizeof(path), "createNetns(path: string)")) return NULL;
  int self = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (self < 0) return throw_errno(env, "open /proc/thread-self/ns/net", errno);
  int err = 0;
  const char *failed = NULL;
  if (unshare(CLONE_NEWNET) != 0) {
    err = errno;
    failed = "unshare";
  } else {
    if (mount("/proc/thread-self/ns/net", path, "none", MS_BIND, NULL) != 0) {
      err = errno;
      failed = "mount";
    }
    if (setns(self, CLONE_NEWNET) != 0) {
      /* This is Node's main thread: left in the new namespace, nothing it does afterwards can be trusted. */
      perror("sf-net: setns back to the original namespace");
      abort();
    }
  }
  close(self);
  if (failed != NULL) return throw_errno(env, failed, err);
  return NULL;
}

/*
 * shareDir(path): make path a shared mount of its own, as iproute2 does for
 * /run/netns before its first `ip netns add`. A mount namespace made later
 * (libvirt's per-QEMU one) gets copies of the namespaces bind-mounted here;
 * only if they propagate does unmounting one here unmount the copies too,
 * so a removed network's namespace does not live on in them. A directory
 * that is not a mount point yet is refused (EINVAL), so it is bound onto
 * itself first.
 */
static napi_value ShareDir(napi_env env, napi_callback_info info) {
  char path[4096];
  if (!path_arg(env, info, path, sizeof(path), "shareDir(path: string)")) return NULL;
  int bound = 0;
  while (mount("", path, "none", MS_SHARED | MS_REC, NULL) != 0) {
    if (errno != EINVAL || bound) return throw_errno(env, "mount --make-rshared", errno);
    if (mount(path, path, "none", MS_BIND | MS_REC, NULL) != 0) return throw_errno(env, "mount --rbind", errno);
    bound = 1;
  }
  return NULL;
}

/* detachNetns(path): lazily unmount a named namespace (it dies with its last user). */
static napi_value DetachNetns(napi_env env, napi_callback_info info) {
  char path[4096];
  if (!path_arg(env, info, path, sizeof(path), "detachNetns(path: string)")) return NULL;
  if (umount2(path, MNT_DETACH) != 0) return throw_errno(env, "umount2", errno);
  return NULL;
}

/* pidfdOpen(pid): a pidfd for the process; the kernel always makes it close-on-exec. */
static napi_value PidfdOpen(napi_env env, napi_callback_info info) {
  int32_t pid = 0;
  if (!int32_args(env, info, 1, &pid, "pidfdOpen(pid: number)")) return NULL;
  long fd = syscall(SYS_pidfd_open, (pid_t)pid, 0);
  if (fd < 0) return throw_errno(env, "pidfd_open", errno);
  napi_value result;
  napi_create_int32(env, (int32_t)fd, &result);
  return result;
}

/* pidfdSendSignal(fd, signal): ESRCH once the process has been reaped, even if its pid is in use again. */
static napi_value PidfdSendSignal(napi_env env, napi_callback_info info) {
  int32_t args[2] = { -1, 0 };
  if (!int32_args(env, info, 2, args, "pidfdSendSignal(fd: number, signal: number)")) return NULL;
  if (syscall(SYS_pidfd_send_signal, args[0], args[1], NULL, 0) != 0) return throw_errno(env, "pidfd_send_signal", errno);
  return NULL;
}

/*
 * pidfdExited(fd): whether the process has exited, without waiting. A pidfd
 * turns readable only once the process has closed its files, so a dnsmasq
 * reported exited no longer holds its sockets.
 */
static napi_value PidfdExited(napi_env env, napi_callback_info info) {
  int32_t fd = -1;
  if (!int32_args(env, info, 1, &fd, "pidfdExited(fd: number)")) return NULL;
  /* poll() skips a negative fd, which would read as a process still running. */
  if (fd < 0) return throw_errno(env, "poll", EBADF);
  struct pollfd p = { .fd = fd, .events = POLLIN };
  int n;
  do {
    n = poll(&p, 1, 0);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return throw_errno(env, "poll", errno);
  if (p.revents & POLLNVAL) return throw_errno(env, "poll", EBADF);
  napi_value result;
  napi_get_boolean(env, (p.revents & (POLLIN | POLLHUP)) != 0, &result);
  return result;
}

void export_fn(napi_env env, napi_value exports, const char *name, napi_callback cb) {
  napi_value fn;
  napi_create_function(env, name, NAPI_AUTO_LENGTH, cb, NULL, &fn);
  napi_set_named_property(env, exports, name, fn);
}

static napi_value Init(napi_env env, napi_value exports) {
  export_fn(env, exports, "setns", Setns);
  export_fn(env, exports, "createNetns", CreateNetns);
  export_fn(env, exports, "detachNetns", DetachNetns);
  export_fn(env, exports, "shareDir", ShareDir);
  export_fn(env, exports, "pidfdOpen", PidfdOpen);
  export_fn(env, exports, "pidfdSendSignal", PidfdSendSignal);
  export_fn(env, exports, "pidfdExited", PidfdExited);
  netlink_exports(env, exports);
  memfd_exports(env, exports);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
