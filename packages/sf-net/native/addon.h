/* What the addon's source files share: argument and error helpers (netns.c) and each file's exports. */
#ifndef SF_NET_ADDON_H
#define SF_NET_ADDON_H
#include <node_api.h>

/* Throws an Error "syscall: strerror" carrying the errno number; returns NULL for the caller to return. */
napi_value throw_errno(napi_env env, const char *syscall, int err);
/* The call's want arguments as int32s, or a TypeError showing usage (and 0). */
int int32_args(napi_env env, napi_callback_info info, size_t want, int32_t *out, const char *usage);
void export_fn(napi_env env, napi_value exports, const char *name, napi_callback cb);
/* nlOpen and nlTransact (netlink.c). */
void netlink_exports(napi_env env, napi_value exports);
/* memfdCreate (memfd.c). */
void memfd_exports(napi_env env, napi_value exports);

#endif
