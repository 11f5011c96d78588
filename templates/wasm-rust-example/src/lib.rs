//! A Samuel wasm plugin in Rust: exports health, the protocol version and greet, and logs
//! through Samuel's host module "samuel".

#[link(wasm_import_module = "samuel")]
extern "C" {
    fn log(level_ptr: *const u8, level_len: i32, msg_ptr: *const u8, msg_len: i32);
}

fn info(message: &str) {
    let level = "info";
    // SAFETY: both slices outlive the call; Samuel only reads them.
    unsafe { log(level.as_ptr(), level.len() as i32, message.as_ptr(), message.len() as i32) }
}

/// Samuel's protocol window is [1, 1].
#[no_mangle]
pub extern "C" fn samuel_protocol_version() -> i32 {
    1
}

/// 0 means healthy.
#[no_mangle]
pub extern "C" fn health() -> i32 {
    0
}

#[no_mangle]
pub extern "C" fn greet() {
    info("hello from wasm-rust-example");
}
