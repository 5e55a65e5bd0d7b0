/*
 * rtnetlink requests answered before the call returns. The kernel handles an
 * rtnetlink request inside the sendmsg() that carries it, so its replies are
 * queued on the socket by the time sendmsg() returns: reading them at once
 * costs one recvmsg(), where going back to the event loop for them cost each
 * request a callback, a timer and a poll wake-up (tens of microseconds, more
 * than the kernel's own work for most requests). Messages are built and
 * parsed in JavaScript; this file only moves them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/netlink.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <node_api.h>
#include "addon.h"

#ifndef NETLINK_CAP_ACK
#define NETLINK_CAP_ACK 10
#endif

/*
 * nlOpen(timeoutMs): an rtnetlink socket in the calling thread's network
 * namespace, whose reads give up after timeoutMs (EAGAIN). Acks carry only
 * the request's header, not the whole request (kernels since 4.3).
 */
static napi_value NlOpen(napi_env env, napi_callback_info info) {
  int32_t timeout_ms = 0;
  if (!int32_args(env, info, 1, &timeout_ms, "nlOpen(timeoutMs: number)")) return NULL;
  if (timeout_ms <= 0) {
    napi_throw_type_error(env, NULL, "nlOpen(timeoutMs: number)");
    return NULL;
  }
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (fd < 0) return throw_errno(env, "socket", errno);
  struct timeval tv = { .tv_sec = timeout_ms / 1000, .tv_usec = (timeout_ms % 1000) * 1000 };
  int one = 1;
  struct sockaddr_nl local = { .nl_family = AF_NETLINK };
  const char *failed = NULL;
  if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) != 0) failed = "setsockopt SO_RCVTIMEO";
  /* Kernels before 4.3 lack it and send the whole request back in each ack, which read_replies takes too. */
  else if (setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof(one)) != 0 && errno != ENOPROTOOPT) failed = "setsockopt NETLINK_CAP_ACK";
  else if (bind(fd, (struct sockaddr *)&local, sizeof(local)) != 0) failed = "bind";
  if (failed != NULL) {
    int err = errno;
    close(fd);
    return throw_errno(env, failed, err);
  }
  napi_value result;
  napi_create_int32(env, fd, &result);
  return result;
}

/* A growing byte buffer for the replies. */
struct bytes {
  char *data;
  size_t len;
  size_t cap;
};

static int reserve(struct bytes *b, size_t more) {
  if (more > SIZE_MAX / 2 - b->len) return 0;
  if (b->len + more <= b->cap) return 1;
  size_t cap = b->cap == 0 ? 16384 : b->cap;
  while (cap < b->len + more) cap *= 2;
  char *data = realloc(b->data, cap);
  if (data == NULL) return 0;
  b->data = data;
  b->cap = cap;
  return 1;
}

/*
 * Reads the replies to the request numbered seq: every message carrying that
 * number goes into out, and reading stops after the one that ends it (an
 * ack or error, or the end of a dump). Messages of other numbers are left
 * over from a request that failed, and dropped. Returns 0 or an errno.
 */
static int read_replies(int fd, uint32_t seq, struct bytes *out) {
  struct bytes in = { 0 };
  int err = 0;
  for (int done = 0; !done && err == 0;) {
    ssize_t size;
    do {
      size = recv(fd, NULL, 0, MSG_PEEK | MSG_TRUNC);
    } while (size < 0 && errno == EINTR);
    if (size < 0) {
      err = errno;
      break;
    }
    if (!reserve(&in, (size_t)size)) {
      err = ENOMEM;
      break;
    }
    do {
      size = recv(fd, in.data, in.cap, 0);
    } while (size < 0 && errno == EINTR);
    if (size < 0) {
      err = errno;
      break;
    }
    int left = (int)size;
    for (struct nlmsghdr *h = (struct nlmsghdr *)in.data; NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
      if (h->nlmsg_seq != seq) continue;
      /* Each message padded to the alignment the next one would start at, as the parser expects. */
      size_t aligned = NLMSG_ALIGN(h->nlmsg_len);
      if (!reserve(out, aligned)) {
        err = ENOMEM;
        break;
      }
      memcpy(out->data + out->len, h, h->nlmsg_len);
      memset(out->data + out->len + h->nlmsg_len, 0, aligned - h->nlmsg_len);
      out->len += aligned;
      if (h->nlmsg_type == NLMSG_ERROR || h->nlmsg_type == NLMSG_DONE) done = 1;
    }
  }
  free(in.data);
  return err;
}

/*
 * nlTransact(fd, request): sends one request (a whole netlink message, its
 * sequence number set) and returns its replies, concatenated. A request the
 * kernel answers with an error still returns: the error is a reply. Throws
 * when the socket fails, or (EAGAIN) when no reply came within its timeout.
 */
static napi_value NlTransact(napi_env env, napi_callback_info info) {
  napi_value argv[2];
  size_t argc = 2;
  int32_t fd = -1;
  void *request = NULL;
  size_t len = 0;
  bool is_buffer = false;
  int ok = napi_get_cb_info(env, info, &argc, argv, NULL, NULL) == napi_ok && argc == 2 && napi_get_value_int32(env, argv[0], &fd) == napi_ok &&
           napi_is_buffer(env, argv[1], &is_buffer) == napi_ok && is_buffer && napi_get_buffer_info(env, argv[1], &request, &len) == napi_ok &&
           len >= sizeof(struct nlmsghdr);
  if (!ok) {
    napi_throw_type_error(env, NULL, "nlTransact(fd: number, request: Buffer)");
    return NULL;
  }
  struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
  ssize_t sent;
  do {
    sent = sendto(fd, request, len, 0, (struct sockaddr *)&kernel, sizeof(kernel));
  } while (sent < 0 && errno == EINTR);
  if (sent < 0) return throw_errno(env, "sendto", errno);
  struct bytes out = { 0 };
  /* A Buffer may be a view at any offset: the header is copied out rather than read in place. */
  struct nlmsghdr header;
  memcpy(&header, request, sizeof(header));
  int err = read_replies(fd, header.nlmsg_seq, &out);
  if (err != 0) {
    free(out.data);
    return throw_errno(env, "recv", err);
  }
  napi_value result;
  void *copy;
  napi_status status = napi_create_buffer_copy(env, out.len, out.len == 0 ? "" : out.data, &copy, &result);
  free(out.data);
  if (status != napi_ok) return throw_errno(env, "napi_create_buffer_copy", ENOMEM);
  return result;
}

void netlink_exports(napi_env env, napi_value exports) {
  export_fn(env, exports, "nlOpen", NlOpen);
  export_fn(env, exports, "nlTransact", NlTransact);
}
