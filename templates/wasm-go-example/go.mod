module example.com/wasm-example

go 1.24
