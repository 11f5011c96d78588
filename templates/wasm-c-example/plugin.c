/*
 * A Samuel wasm plugin in C: a reactor module (no main) that exports health, the protocol
 * version and greet, and logs through Samuel's host module "samuel".
 */
#define IMPORT(name) __attribute__((import_module("samuel"), import_name(name)))
#define EXPORT(name) __attribute__((export_name(name)))

IMPORT("log") void samuel_log(const char *level, int level_len, const char *msg, int msg_len);

static int length(const char *s) {
  int n = 0;
  while (s[n]) n++;
  return n;
}

static void info(const char *msg) { samuel_log("info", 4, msg, length(msg)); }

/* Samuel's protocol window is [1, 1]. */
EXPORT("samuel_protocol_version") int samuel_protocol_version(void) { return 1; }

/* 0 means healthy. */
EXPORT("health") int health(void) { return 0; }

EXPORT("greet") void greet(void) { info("hello from wasm-c-example"); }
