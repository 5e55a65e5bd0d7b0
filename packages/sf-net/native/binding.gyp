{
  "targets": [
    {
      "target_name": "sf_net_netns",
      "sources": ["netns.c"],
      "cflags": ["-Wall", "-Wextra", "-Werror"]
    }
  ]
}
