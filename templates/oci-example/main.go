// An oci plugin for Samuel: a static binary in a FROM scratch image. It counts the Markdown files
// of the project mounted at /workspace, writes the count to /.samuel/run/oci-example.txt (the run
// folder the launch mounts writable with the manifest's write grant), and asks Samuel's bridge
// socket for a Check when one is mounted.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	count := 0
	_ = filepath.WalkDir("/workspace", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == ".samuel" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".md") {
			count++
		}
		return nil
	})
	fmt.Printf("oci-example: %d Markdown file(s) in /workspace\n", count)
	if err := os.WriteFile("/.samuel/run/oci-example.txt", []byte(fmt.Sprintf("%d\n", count)), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "oci-example: cannot write the run folder: %v\n", err)
		os.Exit(1)
	}
	if _, err := os.Stat("/samuel-bridge"); err == nil {
		reply, err := call("/samuel-bridge", "PluginService/Check", map[string]any{})
		if err != nil {
			fmt.Fprintf(os.Stderr, "oci-example: bridge: %v\n", err)
			os.Exit(1)
		}
		// Samuel v2.3 registers no handlers yet: "unimplemented" is the expected answer.
		fmt.Printf("oci-example: bridge answered %s\n", reply)
	}
}

// call sends one request over the bridge: one JSON document per connection, then a half-close,
// then the whole answer is read.
func call(socket, method string, body any) (string, error) {
	conn, err := net.Dial("unix", socket)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	request, err := json.Marshal(map[string]any{"method": method, "body": body})
	if err != nil {
		return "", err
	}
	if _, err := conn.Write(request); err != nil {
		return "", err
	}
	if unix, ok := conn.(*net.UnixConn); ok {
		if err := unix.CloseWrite(); err != nil {
			return "", err
		}
	}
	reply, err := io.ReadAll(conn)
	return strings.TrimSpace(string(reply)), err
}
