// Command spr-samuel-harness runs one wasm plugin directory through Samuel v2.3's own runtime
// code, so the test suite can compare our smoke verdicts with Samuel's. It is built inside a
// copy of Samuel's source tree (.ci/setup/55-samuel-harness.sh), which lets it import
// internal/plugin/wasm: nothing here re-implements Samuel, it only calls it in the order the
// CLI does and reports what each step returned.
//
// Usage: spr-samuel-harness [-call EXPORT]... [-watchdog 10s] PLUGIN_DIR
//
// It prints one JSON object per line, one per phase:
//
//	manifest  manifest.LoadFromDir (what `samuel install` reads after fetching)
//	install   wasm.Plugin.Install: compile, instantiate, samuel_protocol_version (the only
//	          module code the v2.3 CLI runs, from `samuel install`)
//	budget    Runtime.InstantiateWithBudgets with the manifest's capabilities, then health()
//	          under the context it returns (the hard-timeout deadline)
//	check     wasm.Plugin.Check: instantiate and health() (Samuel's health verdict)
//	call:NAME wasm.Plugin.Run(NAME) (how Samuel invokes an export)
//
// A phase that has not returned when the watchdog fires is reported with "hung": true and the
// process exits: wazero cannot stop a running guest from outside, so nothing after it runs.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/samuelpkg/samuel/internal/plugin"
	"github.com/samuelpkg/samuel/internal/plugin/capability"
	"github.com/samuelpkg/samuel/internal/plugin/manifest"
	"github.com/samuelpkg/samuel/internal/plugin/wasm"
)

type outcome struct {
	Phase   string   `json:"phase"`
	OK      bool     `json:"ok"`
	Message string   `json:"message,omitempty"`
	Values  []uint64 `json:"values,omitempty"`
	Hung    bool     `json:"hung,omitempty"`
	// Elapsed is reported for the record only; the tests never compare times.
	ElapsedMs int64 `json:"elapsed_ms"`
}

type calls []string

func (c *calls) String() string     { return strings.Join(*c, ",") }
func (c *calls) Set(v string) error { *c = append(*c, v); return nil }

func emit(o outcome) {
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
}

// phase runs fn on its own goroutine and reports it; when the watchdog fires first it reports
// the phase as hung and exits.
func phase(name string, watchdog time.Duration, fn func() outcome) outcome {
	start := time.Now()
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{OK: false, Message: fmt.Sprintf("panic: %v", r)}
			}
		}()
		done <- fn()
	}()
	select {
	case o := <-done:
		o.Phase = name
		o.ElapsedMs = time.Since(start).Milliseconds()
		emit(o)
		return o
	case <-time.After(watchdog):
		emit(outcome{Phase: name, Hung: true, ElapsedMs: time.Since(start).Milliseconds(),
			Message: fmt.Sprintf("still running when the watchdog fired after %s", watchdog)})
		os.Exit(0)
	}
	return outcome{}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func main() {
	var exports calls
	flag.Var(&exports, "call", "export to invoke with Plugin.Run after the health check (repeatable)")
	watchdog := flag.Duration("watchdog", 10*time.Second, "how long one phase may run before it counts as hung")
	skipBudget := flag.Bool("skip-budget", false, "do not run the budget phase")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: spr-samuel-harness [-call EXPORT]... [-watchdog D] PLUGIN_DIR")
		os.Exit(2)
	}
	dir, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	project, err := os.MkdirTemp("", "spr-samuel-harness-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer os.RemoveAll(project)
	ctx := context.Background()

	var m *manifest.Manifest
	if o := phase("manifest", *watchdog, func() outcome {
		m, err = manifest.LoadFromDir(dir)
		return outcome{OK: err == nil, Message: errText(err)}
	}); !o.OK {
		return
	}

	// As service.Install does with --yes --non-interactive: grants from the manifest.
	grants, _, err := capability.Decide(m.Name, capability.FromManifest(m), nil,
		capability.DecideOptions{YesAll: true, NonInteractive: true})
	if err != nil {
		emit(outcome{Phase: "grants", Message: err.Error()})
		return
	}
	rt, err := wasm.NewRuntime(ctx, "")
	if err != nil {
		emit(outcome{Phase: "runtime", Message: err.Error()})
		return
	}
	p := wasm.New(*m, project, dir, rt, grants)

	if o := phase("install", *watchdog, func() outcome {
		_, err := p.Install(ctx, plugin.InstallOptions{})
		return outcome{OK: err == nil, Message: errText(err)}
	}); !o.OK {
		return
	}

	if !*skipBudget {
		phase("budget", *watchdog, func() outcome {
			caps, err := wasm.CapabilitiesFromManifest(m)
			if err != nil {
				return outcome{Message: "capabilities: " + err.Error()}
			}
			body, err := os.ReadFile(filepath.Join(project, ".samuel", "plugins", m.Name, wasm.ModuleFileName))
			if err != nil {
				return outcome{Message: err.Error()}
			}
			mod, hostCtx, cancel, err := rt.InstantiateWithBudgets(ctx, body, m.Name, caps, grants)
			defer cancel()
			if err != nil {
				return outcome{Message: "instantiate: " + err.Error()}
			}
			defer mod.Close(hostCtx)
			fn := mod.ExportedFunction("health")
			if fn == nil {
				return outcome{OK: true, Message: "no health export"}
			}
			out, err := fn.Call(hostCtx)
			if err != nil {
				return outcome{Message: "health: " + err.Error()}
			}
			return outcome{OK: len(out) > 0 && out[0] == 0, Values: out}
		})
	}

	phase("check", *watchdog, func() outcome {
		s := p.Check(ctx)
		return outcome{OK: s.OK, Message: s.Message}
	})

	for _, name := range exports {
		phase("call:"+name, *watchdog, func() outcome {
			out, err := p.Run(ctx, name)
			return outcome{OK: err == nil, Message: errText(err), Values: out}
		})
	}
}
