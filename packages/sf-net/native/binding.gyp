{
  "targets": [
    {
      "target_name": "sf_net_netns",
      "sources": ["netns.c", "netlink.c", "memfd.c"],
      "cflags": ["-Wall", "-Wextra", "-Werror"]
    }
  ]
}
