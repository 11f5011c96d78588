// An oci plugin for Samuel: a static binary in a FROM scratch image. It counts the Markdown files
// of the project mounted at /workspace, writes the count to /workspace/.samuel/run (a mount the
// launch contract grants), and asks Samuel's bridge socket for a Check when one is mounted.
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
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".md") {
			count++
		}
		return nil
	})
	fmt.Printf("oci-example: %d Markdown file(s) in /workspace\n", count)
	if err := os.WriteFile("/.samuel/run/oci-example.txt", []byte(fmt.Sprintf("%d\n", count)), 0o644); err != nil {
		fmt.Printf("oci-example: cannot write the run folder: %v\n", err)
	}
	if reply, err := check("/samuel-bridge"); err == nil {
		fmt.Printf("oci-example: bridge answered %s\n", reply)
	}
}

// check sends one request over the bridge: one JSON document per connection, then half-close.
func check(socket string) (string, error) {
	conn, err := net.Dial("unix", socket)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	request, _ := json.Marshal(map[string]any{"method": "PluginService/Check", "body": map[string]any{}})
	if _, err := conn.Write(request); err != nil {
		return "", err
	}
	if unix, ok := conn.(*net.UnixConn); ok {
		_ = unix.CloseWrite()
	}
	reply, err := io.ReadAll(conn)
	return strings.TrimSpace(string(reply)), err
}
