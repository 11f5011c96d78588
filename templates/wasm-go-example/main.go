// Package main is an example Samuel wasm plugin.
//
// Build it with TinyGo, Samuel's reference toolchain:
//
//	tinygo build -o plugin.wasm -target=wasi -no-debug -opt=2 .
//
// It also builds with standard Go ≥ 1.24 as a reactor module:
//
//	GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -o plugin.wasm .
//
// but Samuel v2.3 never calls the reactor's _initialize export, so a standard-Go module traps
// in Samuel (runtime.notInitialized) until Samuel does; `smoke --initialize` tests its logic.
package main

import "unsafe"

//go:wasmimport samuel log
func samuelLog(levelPtr, levelLen, msgPtr, msgLen uint32)

// log writes one line to Samuel's plugin log.
func log(level, msg string) {
	samuelLog(ptr(level), uint32(len(level)), ptr(msg), uint32(len(msg)))
}

func ptr(s string) uint32 { return uint32(uintptr(unsafe.Pointer(unsafe.StringData(s)))) }

// samuel_protocol_version tells Samuel which host ABI this module speaks.
//
//go:wasmexport samuel_protocol_version
func protocolVersion() int32 { return 1 }

// health returns 0 when the plugin can work.
//
//go:wasmexport health
func health() int32 { return 0 }

// greet is the plugin's one command.
//
//go:wasmexport greet
func greet() int32 {
	log("info", "hello from wasm-go-example")
	return 0
}

func main() {}
