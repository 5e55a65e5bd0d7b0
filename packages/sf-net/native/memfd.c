/*
 * An in-memory file for a command's standard input. `nft -f -` opens
 * /dev/stdin rather than reading fd 0, which fails on the socket Node gives a
 * child for a piped stdin; an in-memory file opens like any file, and leaves
 * nothing on disk.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <node_api.h>
#include "addon.h"

/* memfdCreate(): the fd (close-on-exec) of a new, empty in-memory file. */
static napi_value MemfdCreate(napi_env env, napi_callback_info info) {
  (void)info;
  int fd = memfd_create("sf-net-stdin", MFD_CLOEXEC);
  if (fd < 0) return throw_errno(env, "memfd_create", errno);
  napi_value result;
  napi_create_int32(env, fd, &result);
  return result;
}

void memfd_exports(napi_env env, napi_value exports) {
  export_fn(env, exports, "memfdCreate", MemfdCreate);
}
