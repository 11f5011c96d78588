import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* reexport safe */ _options_index_js__WEBPACK_IMPORTED_MODULE_0__.Ig),
/* harmony export */   Zo: () => (/* binding */ flagsOf),
/* harmony export */   rJ: () => (/* reexport safe */ _options_index_js__WEBPACK_IMPORTED_MODULE_0__.rJ)
/* harmony export */ });
/* harmony import */ var _options_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56536);

/** Merges option groups' flags (and a command's own) into one flag table. */
function flagsOf(groups, own = {}) {
    const flags = {};
    for (const group of groups) {
        for (const [name, spec] of Object.entries(group.flags)) {
            if (flags[name] && flags[name] !== spec)
                throw new Error(`flag --${name} declared twice`);
            flags[name] = spec;
        }
    }
    return { ...flags, ...own };
}


/***/ }),

/***/ 39084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ COMMANDS)
});

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __nccwpck_require__(3567);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __nccwpck_require__(53408);
// EXTERNAL MODULE: ./src/util/size.ts
var size = __nccwpck_require__(57155);
;// CONCATENATED MODULE: ./src/cli/render/summaries.ts


/** Escapes a value for a Markdown table cell (and makes untrusted text inert). */
function mdCell(value) {
    return (0,report/* inertMarkdown */.Ic)(value);
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function findingsSummary(title, findings) {
    const rows = findings.map((f) => `| ${ICON[f.severity]} | \`${mdCell(f.rule)}\` | ${mdCell(f.message)}${f.fix ? `<br>**Fix:** ${mdCell(f.fix)}` : ''} |`);
    return [
        `### ${mdCell(title)}`,
        '',
        rows.length ? '| | Rule | Finding |\n|---|---|---|\n' + rows.join('\n') : 'No findings.',
        '',
    ].join('\n');
}
function buildSummary(name, module, result) {
    return `### Build of ${mdCell(name)}\n\n| Module | Size | Toolchain |\n|---|---|---|\n| \`${mdCell(module)}\` | ${(0,size/* formatSize */.Xq)(result.size)} | ${mdCell(`${result.toolchain} (${result.version})`)} |\n`;
}
function smokeFacts(s) {
    const protocol = s.protocol.value === null
        ? '—'
        : `${s.protocol.value}${s.protocol.missing ? ' (no export: counts as 1)' : ''}`;
    const health = s.health.missing
        ? 'healthy (no health export)'
        : s.health.value === null
            ? '—'
            : s.health.value === 0
                ? 'healthy (0)'
                : `unhealthy (${s.health.value})`;
    return { protocol, health };
}
function smokeSummary(s) {
    const { protocol, health } = smokeFacts(s);
    const table = [
        ['Verdict', s.ok ? '✅ pass' : '❌ fail'],
        ['Protocol', protocol],
        ['Health', health],
        ['Exports', s.exports.map((e) => `${e.name} ${e.present ? '✅' : '❌'}`).join(' ')],
        ['Capability denials', String(s.denials.length)],
        ['Wall time', `${s.wallMs} ms`],
        ['Peak memory', `${(0,size/* formatBytes */.z3)(s.peakMemoryBytes)} of ${(0,size/* formatBytes */.z3)(s.memoryCapBytes)}`],
    ];
    const extra = [
        ...s.failures.map((f) => `- ❌ ${mdCell(f.message)} — **Fix:** ${mdCell(f.fix)}`),
        ...s.logs.map((l) => `- log: ${mdCell(l)}`),
        ...s.denials.map((l) => `- ${mdCell(l)}`),
    ];
    return [
        `### Smoke test of ${mdCell(s.plugin)}`,
        '',
        '| | |',
        '|---|---|',
        ...table.map(([k, v]) => `| ${k} | ${mdCell(v ?? '')} |`),
        '',
        ...extra,
        '',
    ].join('\n');
}
/** The smoke report as terminal lines. */
function smokeText(s) {
    const { protocol, health } = smokeFacts(s);
    return [
        `${s.ok ? '✓' : '✗'} smoke ${s.plugin} (${s.module})`,
        ...[
            `protocol:  ${protocol}`,
            `health:    ${health}`,
            `exports:   ${s.exports.map((e) => `${e.name} ${e.present ? '✓' : '✗'}`).join(', ') || '—'}`,
            ...s.calls.map((c) => `call:      ${c.name}() → ${c.error ?? (c.missing ? 'missing' : String(c.value ?? 'void'))} (${c.ms.toFixed(1)} ms)`),
            `memory:    peak ${(0,size/* formatBytes */.z3)(s.peakMemoryBytes)} of ${(0,size/* formatBytes */.z3)(s.memoryCapBytes)}`,
            `wall time: ${s.wallMs} ms`,
            ...s.logs.map((l) => `log:       ${l}`),
            ...s.denials.map((l) => `denial:    ${l}`),
            ...s.warnings.map((w) => `warning:   ${w}`),
        ].map((l) => '  ' + l),
    ];
}
function publishSummary(p) {
    return `### Published\n\n| | |\n|---|---|\n| image | \`${mdCell(p.reference)}\` |\n| digest | \`${p.digest}\` |\n| tags | ${mdCell(p.tags.join(', ') || '(none)')} |\n`;
}
function signSummary(result) {
    return [
        '### Signatures',
        '',
        `Signed by \`${mdCell(result.signer?.identity ?? '')}\`. Verify with:`,
        '',
        '```sh',
        ...result.verifyCommands,
        '```',
        '',
    ].join('\n');
}
function stepsSummary(title, run, extra) {
    const icon = { ok: '✅', skipped: '⏭️', failed: '❌' };
    return [
        `### ${mdCell(title)}`,
        '',
        '| Step | | Result | Time |',
        '|---|---|---|---|',
        ...run.steps.map((s) => `| ${s.step} | ${icon[s.status]} | ${mdCell(s.detail)} | ${(s.ms / 1000).toFixed(1)} s |`),
        '',
        ...(extra.digest ? [`**Digest:** \`${extra.digest}\``, ''] : []),
        ...(extra.verify.length ? ['**Verify:**', '', '```sh', ...extra.verify, '```', ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/options/index.ts + 5 modules
var src_options = __nccwpck_require__(56536);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
/**
 * `validate [PLUGIN_DIR|MANIFEST|GLOB ...]` — checks manifests exactly as Samuel v2.3 reads
 * them, with positions, fixes, annotations on pull requests and a job-summary table.
 */




/** Expands positionals (dirs, files, globs) into manifest paths; a glob must match something. */
async function expandTargets(positionals, cwd) {
    if (positionals.length === 0)
        return ['.'];
    const out = [];
    for (const p of positionals) {
        if (/[*?[\]{}]/.test(p)) {
            const { glob } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73382));
            const matches = await glob(p, {
                cwd,
                onlyFiles: false,
                dot: false,
                expandDirectories: false,
            });
            if (matches.length === 0) {
                throw new errors/* UsageError */.eb(`the pattern "${p}" matches no files`, {
                    fix: "quote the pattern so the shell does not expand it, and check the path, e.g. 'plugins/*/samuel-plugin.toml'",
                });
            }
            out.push(...matches.sort());
        }
        else {
            out.push(p);
        }
    }
    return out;
}
function renderText(reporter, results) {
    for (const r of results) {
        const errors = r.findings.filter((f) => f.severity === 'error').length;
        const warnings = r.findings.filter((f) => f.severity === 'warning').length;
        const m = r.loaded?.manifest;
        const what = m ? ` (${m.name} ${m.version}, ${m.kind})` : '';
        reporter.print(errors === 0
            ? `✓ ${r.displayPath}${what} is valid${warnings ? ` with ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`
            : `✗ ${r.displayPath}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`);
    }
}
function renderSummary(reporter, results) {
    const rows = results.flatMap((r) => r.findings.length === 0
        ? [`| ${mdCell(r.displayPath)} | ✅ | | valid |`]
        : r.findings.map((f) => `| ${mdCell(`${f.file ?? r.displayPath}:${f.line ?? 1}:${f.col ?? 1}`)} | ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | \`${f.rule}\` | ${mdCell(f.message)}${f.fix ? `<br>**Fix:** ${mdCell(f.fix)}` : ''} |`));
    reporter.summary([
        '### Manifest validation',
        '',
        '| Where | | Rule | Finding |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n'));
}
/** Manifests validated at once: enough to hide file I/O latency, few enough to bound memory. */
const CONCURRENCY = 16;
const validateCommand = {
    name: 'validate',
    summary: 'Check samuel-plugin.toml (and SKILL.md) exactly as Samuel v2.3 reads them.',
    positionals: '[PLUGIN_DIR|MANIFEST|GLOB ...]',
    options: (0,command/* flagsOf */.Zo)([src_options/* manifestGroup */.r_, src_options/* pinGroup */.p5, src_options/* compareGroup */.Bx]),
    async run({ positionals, values, reporter, cwd, env }) {
        const { validateTarget, compareTarget, takeCompareToken } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(350), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50407));
        const targets = await expandTargets(positionals, cwd);
        const options = { ...src_options/* manifestGroup */.r_.read(values), ...src_options/* pinGroup */.p5.read(values) };
        const compare = src_options/* compareGroup */.Bx.read(values);
        const results = new Array(targets.length);
        let next = 0;
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, targets.length) }, async () => {
            while (next < targets.length) {
                const i = next++;
                results[i] = await validateTarget(targets[i], options, cwd, env);
            }
        }));
        // Findings are shown in the order the manifests were given, whatever finished first.
        for (const r of results)
            r.findings.forEach((f) => reporter.finding(f));
        // Each valid manifest against its plugin's latest release, one after another (they share
        // the API's rate limit); the comparison's findings join the manifest's.
        const comparisons = [];
        if (compare.compareRelease !== undefined) {
            const token = takeCompareToken(env);
            for (const r of results) {
                if (!r.loaded)
                    continue;
                const c = await compareTarget(r.loaded, r.displayPath, { ...compare, token }, env, reporter);
                if (!c)
                    continue;
                r.findings.push(...c.findings);
                comparisons.push(c);
            }
        }
        const valid = results.every((r) => r.loaded !== undefined);
        renderText(reporter, results);
        for (const c of comparisons)
            c.lines.forEach((line) => reporter.print(line));
        renderSummary(reporter, results);
        for (const c of comparisons)
            reporter.summary(c.summary);
        const first = results[0]?.loaded?.manifest;
        if (results.length === 1 && first) {
            reporter.setOutput('name', first.name);
            reporter.setOutput('version', first.version);
            reporter.setOutput('kind', first.kind);
        }
        reporter.setOutput('valid', String(valid));
        reporter.result({
            ok: valid,
            command: 'validate',
            manifests: results.map((r) => ({
                file: r.displayPath,
                valid: r.loaded !== undefined,
                ...(r.loaded
                    ? {
                        name: r.loaded.manifest.name,
                        version: r.loaded.manifest.version,
                        kind: r.loaded.manifest.kind,
                    }
                    : {}),
                findings: r.findings,
            })),
            counts: reporter.counts(),
            outputs: reporter.outputs,
            findings: reporter.findings,
        });
        return valid ? 0 : 1;
    },
};

// EXTERNAL MODULE: ./src/util/paths.ts
var paths = __nccwpck_require__(24964);
// EXTERNAL MODULE: ./src/pipeline/context.ts + 1 modules
var context = __nccwpck_require__(63304);
// EXTERNAL MODULE: ./src/pipeline/runner.ts
var runner = __nccwpck_require__(17846);
// EXTERNAL MODULE: ./src/cli/render/errors.ts
var render_errors = __nccwpck_require__(66772);
;// CONCATENATED MODULE: ./src/cli/render/run.ts

/**
 * Every command's `--json` document has the same envelope: `ok`, `command`, the command's own
 * fields, `steps`, `outputs`, `findings`, and `error` when the run stopped on one.
 */
function renderRun(reporter, command, ctx, run, rendered) {
    for (const line of rendered.text)
        reporter.print(line);
    if (rendered.summary)
        reporter.summary(rendered.summary);
    reporter.result({
        ok: run.ok,
        command,
        ...rendered.json,
        steps: run.steps,
        outputs: ctx.outputs,
        findings: reporter.findings,
        ...(run.error ? { error: (0,render_errors/* errorDocument */.U)(run.error) } : {}),
    });
}
/** `✓ build    detail` rows, one per step. */
function stepLines(run) {
    return run.steps.map((s) => `${s.status === 'ok' ? '✓' : s.status === 'skipped' ? '–' : '✗'} ${s.step.padEnd(8)} ${s.detail}`);
}

;// CONCATENATED MODULE: ./src/cli/pipeline-command.ts
/**
 * A command that is a slice of the one pipeline: reads its option groups into typed slices,
 * runs the steps, and hands the results to the command's renderer. Exit codes: 0 ok, 1 the
 * plugin fails a check, 2 usage or I/O (including a command that does not apply to the kind).
 */





/** Reads each group's flags into its slice of the pipeline options. */
function readOptions(values, groups, base = {}) {
    const options = { ...base };
    for (const group of groups) {
        const slice = options[group.slice];
        options[group.slice] = { ...(slice ?? {}), ...group.read(values) };
    }
    return options;
}
function pipelineCommand(spec) {
    return {
        name: spec.name,
        summary: spec.summary,
        positionals: spec.positionals ?? '[PLUGIN_DIR|MANIFEST]',
        options: (0,command/* flagsOf */.Zo)(spec.groups, spec.own),
        async run(c) {
            if (c.positionals.length > 1) {
                throw new errors/* UsageError */.eb(`${spec.name} takes one plugin directory or manifest`, {
                    fix: `run ${spec.name} once per plugin (a job matrix in CI)`,
                });
            }
            const defaults = {};
            const options = readOptions(c.values, spec.groups, defaults);
            spec.fixed?.(options);
            const ctx = (0,context/* newContext */.CA)({
                command: spec.name,
                target: c.positionals[0] ?? '.',
                options,
                reporter: c.reporter,
                cwd: c.cwd,
                env: c.env,
            });
            const { PIPELINE, slice } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(350), __nccwpck_require__.e(407), __nccwpck_require__.e(697)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45697));
            const steps = spec.steps === 'all' ? [...PIPELINE] : slice(...spec.steps);
            const run = await (0,runner/* runPipeline */.a)(steps, ctx);
            const primary = run.steps.find((s) => s.step === spec.name);
            if (primary?.status === 'skipped' && primary.notApplicable) {
                throw new errors/* UsageError */.eb(`${spec.name}: ${primary.detail}`, {
                    fix: `${spec.name} has nothing to do for this plugin; leave it out for ${ctx.loaded?.manifest.kind ?? 'this'} plugins`,
                });
            }
            const rendered = spec.render(ctx, run) ?? { text: stepLines(run), json: {} };
            renderRun(c.reporter, spec.name, ctx, run, rendered);
            if (run.error)
                throw run.error;
            return run.ok ? 0 : 1;
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/wasm.ts
/** `build`, `audit` and `smoke`: slices of the pipeline for the module a plugin ships. */





const buildCommand = pipelineCommand({
    name: 'build',
    summary: 'Compile a wasm plugin into [wasm].module, check its size budget, and audit it.',
    steps: ['validate', 'build', 'audit'],
    groups: [src_options/* manifestGroup */.r_, src_options/* buildGroup */.Ct],
    render(ctx) {
        const built = ctx.results.build;
        if (!built)
            return undefined;
        const module = (0,paths/* displayPath */.G)(built.modulePath, ctx.cwd);
        const findings = ctx.results.audit?.findings ?? [];
        const errors = findings.filter((f) => f.severity === 'error').length;
        return {
            text: [
                `${errors ? '✗' : '✓'} built ${module}: ${(0,size/* formatSize */.Xq)(built.size)} with ${built.toolchain} (${built.version})${errors ? `, ${errors} audit error${errors > 1 ? 's' : ''}` : ''}`,
            ],
            summary: buildSummary(ctx.loaded.manifest.name, module, built) +
                '\n' +
                findingsSummary('Static audit', findings),
            json: {
                module,
                size: built.size,
                toolchain: built.toolchain,
                version: built.version,
            },
        };
    },
});
const auditCommand = pipelineCommand({
    name: 'audit',
    summary: 'Check a built wasm module against its manifest: exports, imports, capabilities, memory.',
    steps: ['validate', 'audit'],
    groups: [src_options/* manifestGroup */.r_, src_options/* moduleGroup */.Uf],
    render(ctx) {
        const audit = ctx.results.audit;
        if (!audit)
            return undefined;
        const module = (0,paths/* displayPath */.G)(audit.module, ctx.cwd);
        const errors = audit.findings.filter((f) => f.severity === 'error').length;
        return {
            text: [
                errors
                    ? `✗ ${module}: ${errors} audit error${errors > 1 ? 's' : ''}`
                    : `✓ ${module} fits ${(0,paths/* displayPath */.G)(ctx.loaded.file, ctx.cwd)}`,
            ],
            summary: findingsSummary(`Static audit of ${ctx.loaded.manifest.name}`, audit.findings),
            json: { module: audit.module },
        };
    },
});
const smokeCommand = pipelineCommand({
    name: 'smoke',
    summary: "Audit a wasm module, then run it in a harness that behaves like Samuel's runtime.",
    steps: ['validate', 'smoke'],
    groups: [src_options/* manifestGroup */.r_, src_options/* moduleGroup */.Uf, src_options/* smokeGroup */.Zu],
    render(ctx) {
        const report = ctx.results.smoke;
        if (!report)
            return undefined;
        return { text: smokeText(report), summary: smokeSummary(report), json: { ...report } };
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/publish.ts
/**
 * `publish`: the publish step on its own — pushes the wasm module as a CNCF wasm OCI artifact,
 * or an OCI image layout, to a registry (or a local OCI layout folder), then tags it. The digest
 * is always output, even when tagging is off.
 */



const publishCommand = pipelineCommand({
    name: 'publish',
    summary: 'Push the wasm module or the image layout to an OCI registry (or a local OCI layout) and output its digest.',
    steps: ['validate', 'publish'],
    groups: [src_options/* manifestGroup */.r_, src_options/* registryGroup */.v1, src_options/* targetGroup */.Xi, src_options/* publishGroup */.V7, src_options/* moduleGroup */.Uf, src_options/* outputGroup */.ro],
    fixed(options) {
        // Publishing is what this command is for: never a dry run.
        options.release = { dryRun: false };
        options.manifest = { strict: false, ...options.manifest, pin: true };
    },
    render(ctx) {
        const p = ctx.results.publish;
        if (!p)
            return undefined;
        return {
            text: [`published ${p.reference}`, ...p.tags.map((t) => `  tag ${p.location}:${t}`)],
            summary: publishSummary(p),
            json: {
                digest: p.digest,
                image: p.reference,
                mediaType: p.mediaType,
                tags: p.tags,
                location: p.location,
                blobs: p.stats,
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/cli/commands/sign.ts




const signCommand = pipelineCommand({
    name: 'sign',
    summary: 'Sign the release artifacts keylessly with Sigstore (GitHub Actions OIDC identity).',
    steps: ['validate', 'sign'],
    groups: [src_options/* manifestGroup */.r_, src_options/* sigstoreGroup */.Kx, src_options/* signImageGroup */.mQ, src_options/* registryGroup */.v1, src_options/* outputGroup */.ro],
    fixed(options) {
        options.manifest = { strict: false, ...options.manifest, pin: true };
    },
    render(ctx) {
        const result = ctx.results.sign;
        if (!result)
            return undefined;
        if (result.skipped) {
            return { text: [], json: { signed: false, reason: result.skipped.reason } };
        }
        return {
            text: [
                ...result.bundleFiles.map((f) => `wrote ${f}`),
                ...result.images.map((s) => `signed ${s.digest}${s.platform ? ` (${s.platform})` : ''}`),
                `signer: ${result.signer?.identity ?? 'unknown'}`,
                'verify with:',
                ...result.verifyCommands.map((c) => `  ${c}`),
            ],
            summary: signSummary(result),
            json: {
                signed: true,
                signer: result.signer,
                bundles: result.bundleFiles,
                images: result.images.map((s) => ({
                    digest: s.digest,
                    platform: s.platform,
                    referrer: s.referrer.digest,
                })),
                verifyCommands: result.verifyCommands,
            },
        };
    },
});
const verifyCommand = {
    name: 'verify',
    summary: 'Verify a file or an image digest against its Sigstore bundle and an identity policy, or its build provenance.',
    positionals: 'FILE|REGISTRY/REPO@sha256:DIGEST',
    options: (0,command/* flagsOf */.Zo)([src_options/* registryGroup */.v1], {
        ...src_options/* sigstoreInstanceFlags */.Fh,
        bundle: {
            type: 'string',
            value: 'FILE',
            description: 'The bundle (required for a file; for an image, default: the bundle attached in the registry).',
        },
        ...src_options/* identityPolicyFlags */.U1,
        provenance: {
            type: 'boolean',
            description: 'Verify the SLSA provenance attestation instead of the signature: it must name this digest, be signed by the builder it names, and match --builder-id and --source-repository.',
        },
        'builder-id': {
            type: 'string',
            value: 'ID',
            description: 'With --provenance: the builder that must have built it, the reusable workflow that released (e.g. https://github.com/samuelpkg/samuel-plugin-release/.github/workflows/release.yml@refs/tags/v1).',
        },
        'source-repository': {
            type: 'string',
            value: 'OWNER/REPO',
            description: 'With --provenance: the repository it must have been built from.',
        },
    }),
    async run(ctx) {
        const { runVerify } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(88), __nccwpck_require__.e(816), __nccwpck_require__.e(809), __nccwpck_require__.e(456), __nccwpck_require__.e(907), __nccwpck_require__.e(102), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68812));
        return runVerify(ctx);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/release.ts
/**
 * `release`: the whole pipeline — validate, build, audit, smoke, publish, sign, provenance, pin,
 * lock, release.
 * `--dry-run` keeps everything local: nothing is pushed and no GitHub release is created.
 */





const releaseCommand = pipelineCommand({
    name: 'release',
    summary: 'Run the whole pipeline: validate, build, smoke, publish, sign, pin, lock, release.',
    steps: 'all',
    groups: [
        src_options/* manifestGroup */.r_,
        src_options/* compareGroup */.Bx,
        src_options/* buildGroup */.Ct,
        src_options/* smokeGroup */.Zu,
        src_options/* targetGroup */.Xi,
        src_options/* registryGroup */.v1,
        src_options/* publishGroup */.V7,
        src_options/* sigstoreGroup */.Kx,
        src_options/* outputGroup */.ro,
        src_options/* releaseGroup */.dO,
    ],
    render(ctx, run) {
        const image = ctx.artifacts.get('image');
        const verify = ctx.artifacts.all('verify-command').map((c) => c.command);
        const m = ctx.loaded?.manifest;
        const folder = ctx.results.release?.outputDir ?? (ctx.loaded ? (0,context/* outputDir */.T2)(ctx) : undefined);
        const gh = ctx.artifacts.get('github-release');
        const entries = ctx.artifacts.get('lock-entry');
        return {
            text: [
                ...stepLines(run),
                ...(run.ok && folder ? ['', `Release folder: ${folder}`] : []),
                ...(gh ? [`GitHub release: ${gh.url}`] : []),
            ],
            ...(m
                ? {
                    summary: stepsSummary(`Release ${(0,context/* isDryRun */.vG)(ctx) ? '(dry run) ' : ''}of ${m.name} ${m.version}`, run, { ...(image ? { digest: image.digest } : {}), verify }),
                }
                : {}),
            json: {
                ...(folder ? { output: folder } : {}),
                digest: image?.digest ?? null,
                image: image?.reference ?? null,
                assets: ctx.artifacts.all('release-asset').map((a) => a.name),
                verify,
                ...(entries ? { lockEntry: entries.lockToml, registryEntry: entries.indexToml } : {}),
                ...(gh ? { release: { url: gh.url, id: gh.id, action: gh.action } } : {}),
            },
        };
    },
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/pipeline/github-env.ts
var github_env = __nccwpck_require__(28505);
// EXTERNAL MODULE: ./src/samuel/names.ts
var names = __nccwpck_require__(73955);
// EXTERNAL MODULE: ./src/init/templates.ts
var templates = __nccwpck_require__(38777);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts
/**
 * `init [DIR]`: a plugin repository in one command — manifest, template sources, release and
 * pull-request workflows, README section. Asks for the name and kind on a terminal unless
 * `--yes`; never overwrites without `--force`.
 */







const initCommand = {
    name: 'init',
    summary: 'Set up a plugin repository: manifest, template, release and pull-request workflows.',
    positionals: '[DIR]',
    options: {
        name: {
            type: 'string',
            value: 'NAME',
            description: 'Plugin name (default: the folder name, lowercased).',
        },
        kind: {
            type: 'string',
            value: 'KIND',
            description: 'Plugin kind: wasm, oci or skill (default: wasm).',
        },
        language: {
            type: 'string',
            value: 'LANG',
            description: 'Language of a wasm plugin: assemblyscript, go, rust or c (default: assemblyscript).',
        },
        yes: {
            type: 'boolean',
            short: 'y',
            description: 'Ask nothing: take the flags and the defaults.',
        },
        force: {
            type: 'boolean',
            description: 'Overwrite files that already exist (default: keep them and say so).',
        },
        owner: {
            type: 'string',
            value: 'OWNER',
            description: "For an oci plugin: the GitHub user or organisation whose ghcr.io namespace the image is published to (default: the owner of the folder's origin remote).",
        },
    },
    async run({ positionals, values, reporter, cwd }) {
        if (positionals.length > 1) {
            throw new errors/* UsageError */.eb('init takes one folder', { fix: 'run init once per plugin folder' });
        }
        const dir = (0,external_node_path_.resolve)(cwd, positionals[0] ?? '.');
        const suggested = (0,names/* suggestName */.SX)((0,external_node_path_.basename)(dir));
        let name = (0,command/* stringOpt */.rJ)(values, 'name');
        let kind = (0,src_options/* choiceOpt */.bA)(values, 'kind', templates/* KINDS */.GW, 'wasm');
        let language = values.language === undefined
            ? undefined
            : (0,src_options/* choiceOpt */.bA)(values, 'language', templates/* LANGUAGES */.Yj, 'assemblyscript');
        if (!(0,command/* boolOpt */.Ig)(values, 'yes') && process.stdin.isTTY && !reporter.json) {
            const { createInterface } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 26848, 23));
            const rl = createInterface({ input: process.stdin, output: process.stderr });
            try {
                name =
                    (await rl.question(`Plugin name [${name ?? suggested}]: `)).trim() || (name ?? suggested);
                const k = (await rl.question(`Kind (wasm, oci, skill) [${kind}]: `)).trim();
                if (k)
                    kind = (0,src_options/* choiceOpt */.bA)({ kind: k }, 'kind', templates/* KINDS */.GW, 'wasm');
                if (kind === 'wasm') {
                    const l = (await rl.question(`Language (assemblyscript, go, rust, c) [${language ?? 'assemblyscript'}]: `)).trim();
                    if (l)
                        language = (0,src_options/* choiceOpt */.bA)({ language: l }, 'language', templates/* LANGUAGES */.Yj, 'assemblyscript');
                }
            }
            finally {
                rl.close();
            }
        }
        const { checkOwner, initPlugin, OWNER_RE, TEMPLATE_IMAGE_OWNER } = await __nccwpck_require__.e(/* import() */ 978).then(__nccwpck_require__.bind(__nccwpck_require__, 51978));
        const given = (0,command/* stringOpt */.rJ)(values, 'owner');
        // The origin remote's owner only when ghcr.io could name it; otherwise init warns as when
        // no owner is known.
        const fromOrigin = (0,github_env/* repositoryFromOrigin */.BB)(dir)?.split('/')[0]?.toLowerCase();
        const owner = given
            ? checkOwner(given)
            : fromOrigin && OWNER_RE.test(fromOrigin)
                ? fromOrigin
                : undefined;
        const result = await initPlugin({
            dir,
            name: name ?? suggested,
            kind,
            ...(language ? { language } : {}),
            force: (0,command/* boolOpt */.Ig)(values, 'force'),
            ...(owner ? { owner } : {}),
        });
        if (kind === 'oci' && !owner && result.written.includes('samuel-plugin.toml')) {
            reporter.finding({
                severity: 'warning',
                rule: 'init-image-owner',
                message: `[oci].image names ${TEMPLATE_IMAGE_OWNER}${name ?? suggested}, a namespace your release cannot push to`,
                fix: 'run init again with --owner <your GitHub user or organisation> --force, or edit [oci].image in samuel-plugin.toml',
                file: (0,external_node_path_.join)(dir, 'samuel-plugin.toml'),
            });
        }
        for (const file of result.written)
            reporter.print(`  wrote ${file}`);
        for (const file of result.kept)
            reporter.print(`  kept  ${file} (exists; --force overwrites it)`);
        reporter.print(result.existing
            ? `✓ added the release and pull-request workflows to the plugin in ${dir}`
            : `✓ ${name ?? suggested}: a ${kind} plugin in ${dir}\n\nNext: cd ${dir} && ${result.releaseCommand}`);
        reporter.result({ ok: true, command: 'init', dir, ...result, outputs: {}, findings: [] });
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/list.ts
/**
 * `list [DIR|GLOB ...]`: the plugins of a repository as a GitHub Actions job matrix, one leg per
 * plugin — its folder, name, version, kind and the release tags that match it in a monorepo
 * (`<name>-v<version>` and `<name>/v<version>`).
 */




const listCommand = {
    name: 'list',
    summary: 'List the plugins under the given folders or globs as a job matrix (JSON).',
    positionals: '[DIR|GLOB ...]',
    // The same release tag as everywhere: here it keeps the plugins that tag releases.
    options: { tag: src_options/* manifestGroup */.r_.flags.tag },
    async run({ positionals, values, reporter, cwd, env }) {
        const { glob } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(382)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73382));
        const patterns = positionals.length ? positionals : ['**/samuel-plugin.toml'];
        const files = new Set();
        for (const p of patterns) {
            // A folder or a glob of folders names their manifests; a pattern ending in .toml names files.
            const pattern = p.endsWith('.toml') ? p : `${p.replace(/\/+$/, '')}/samuel-plugin.toml`;
            for (const f of await glob(pattern, {
                cwd,
                ignore: ['**/node_modules/**', '**/samuel-release/**', '**/.git/**'],
            })) {
                files.add(f);
            }
        }
        if (files.size === 0) {
            throw new errors/* UsageError */.eb(`no samuel-plugin.toml under ${patterns.join(', ')}`, {
                fix: "name the plugin folders, or a glob such as 'plugins/*'",
            });
        }
        const { validateTarget } = await Promise.all(/* import() */[__nccwpck_require__.e(88), __nccwpck_require__.e(605), __nccwpck_require__.e(6), __nccwpck_require__.e(350), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50407));
        const include = [];
        let invalid = 0;
        for (const file of [...files].sort()) {
            const result = await validateTarget(file, { strict: false, pin: true }, cwd, env);
            result.findings.filter((f) => f.severity === 'error').forEach((f) => reporter.finding(f));
            const m = result.loaded?.manifest;
            if (!m) {
                invalid++;
                continue;
            }
            const path = (0,external_node_path_.relative)(cwd, (0,external_node_path_.dirname)(result.file)) || '.';
            include.push({
                path,
                name: m.name,
                version: m.version,
                kind: m.kind,
                tags: [`${m.name}-v${m.version}`, `${m.name}/v${m.version}`],
                artifact: `samuel-release-${m.name}`,
            });
        }
        const names = include.map((l) => l.name);
        const twice = names.filter((n, i) => names.indexOf(n) !== i);
        if (twice.length > 0) {
            throw new errors/* UsageError */.eb(`two plugins are named ${[...new Set(twice)].join(', ')}`, {
                fix: 'give every plugin of the repository its own name: tags and artifacts are per name',
            });
        }
        const tag = (0,command/* stringOpt */.rJ)(values, 'tag');
        const legs = tag
            ? include.filter((l) => l.tags.includes(tag) || (include.length === 1 && tag.replace(/^v/, '') === l.version))
            : include;
        if (tag && legs.length === 0 && include.length > 0) {
            throw new errors/* UsageError */.eb(`no plugin here is released by the tag ${tag}`, {
                fix: `tag as <name>-v<version> or <name>/v<version>, e.g. ${include[0].tags[0]}`,
            });
        }
        const matrix = { include: legs };
        reporter.setOutput('matrix', JSON.stringify(matrix));
        for (const l of legs)
            reporter.print(`${l.path}\t${l.name} ${l.version} (${l.kind})`);
        reporter.result({
            ok: invalid === 0,
            command: 'list',
            matrix,
            outputs: reporter.outputs,
            findings: reporter.findings,
        });
        return invalid === 0 ? 0 : 1;
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/lock.ts


const lockCommand = {
    name: 'lock',
    summary: "Pin plugins in a project's samuel.lock to verified releases (update), or check that it still matches them (check).",
    positionals: 'update [NAME[@VERSION] ...] | check',
    positionalInputs: ['command', 'plugins'],
    // --insecure as everywhere: plain http to an image registry on this machine (oci plugins).
    options: (0,command/* flagsOf */.Zo)([src_options/* lockGroup */.DZ], { insecure: src_options/* registryGroup */.v1.flags.insecure }),
    async run(ctx) {
        const { runLock } = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(88), __nccwpck_require__.e(816), __nccwpck_require__.e(752), __nccwpck_require__.e(605), __nccwpck_require__.e(809), __nccwpck_require__.e(456), __nccwpck_require__.e(907), __nccwpck_require__.e(102), __nccwpck_require__.e(350), __nccwpck_require__.e(495), __nccwpck_require__.e(789)]).then(__nccwpck_require__.bind(__nccwpck_require__, 92789));
        return runLock(ctx);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts








const COMMANDS = [
    initCommand,
    validateCommand,
    buildCommand,
    auditCommand,
    smokeCommand,
    publishCommand,
    signCommand,
    verifyCommand,
    releaseCommand,
    lockCommand,
    listCommand,
];


/***/ }),

/***/ 95865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xv: () => (/* reexport */ version/* VERSION */.x),
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: GLOBAL_OPTIONS, PROGRAM, commandHelp

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(57975);
// EXTERNAL MODULE: ./src/cli/commands/index.ts + 11 modules
var commands = __nccwpck_require__(39084);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/report/index.ts + 3 modules
var report = __nccwpck_require__(53408);
;// CONCATENATED MODULE: ./src/cli/report.ts
/**
 * The Reporter the faces use: plain text on a terminal, a single JSON document with `--json`,
 * and workflow commands (annotations, groups, outputs, job summary) inside GitHub Actions.
 * Every line passes through `redact` (no credential form ever printed) and untrusted text is
 * made inert, so a guest's `::error::` line cannot become a workflow command.
 */





/** Collects findings, outputs and summaries, and renders them for the current medium. */
class Reporter {
    json;
    actions;
    findings = [];
    outputs = {};
    /** True once the JSON document was written (there is exactly one). */
    resultWritten = false;
    out;
    err;
    summaryFile;
    cwd;
    workspace;
    unsubscribe;
    core;
    constructor(options) {
        this.json = options.json;
        this.actions = options.actions;
        this.out = options.out ?? ((t) => process.stdout.write(t));
        this.err = options.err ?? ((t) => process.stderr.write(t));
        this.summaryFile =
            options.summaryFile === null
                ? undefined
                : (options.summaryFile ?? process.env.GITHUB_STEP_SUMMARY ?? undefined);
        this.cwd = options.cwd ?? process.cwd();
        this.workspace = options.workspace;
        this.core = options.core;
        if (this.actions && !this.core)
            throw new Error('a Reporter for GitHub Actions needs core');
        const core = this.core;
        // Every credential form registered anywhere is masked by the runner too.
        this.unsubscribe = core ? (0,report/* onSecret */.IJ)((s) => core.setSecret(s)) : () => undefined;
    }
    /** Stops masking new secrets through this reporter (tests create many reporters). */
    close() {
        this.unsubscribe();
    }
    /** Progress and informational lines: stderr, so stdout stays clean for `--json`. */
    info(message) {
        this.err((0,report/* inertLog */.H_)(message) + external_node_os_.EOL);
    }
    /** A result line for humans (suppressed in JSON mode, where `result` carries everything). */
    print(message) {
        if (!this.json)
            this.out((0,report/* inertLog */.H_)(message) + external_node_os_.EOL);
    }
    /** Records a finding and shows it (an annotation in Actions, a compiler-style line otherwise). */
    finding(f) {
        const safe = {
            ...f,
            message: (0,report/* redact */.E$)(f.message),
            ...(f.fix ? { fix: (0,report/* redact */.E$)(f.fix) } : {}),
        };
        this.findings.push(safe);
        if (this.json)
            return;
        if (this.actions) {
            annotate(this.core, safe.severity, safe.fix ? `${safe.message} — fix: ${safe.fix}` : safe.message, {
                title: safe.rule,
                ...(safe.file ? { file: this.repositoryPath(safe.file) } : {}),
                ...(safe.line ? { startLine: safe.line } : {}),
                ...(safe.col ? { startColumn: safe.col } : {}),
            });
            return;
        }
        this.out((0,report/* inertLog */.H_)((0,report/* formatFinding */.tf)(safe)) + external_node_os_.EOL);
    }
    /** An error that stopped the run: an annotation in Actions (placed on the file when known). */
    failure(message, position) {
        if (!this.actions || this.json)
            return;
        annotate(this.core, 'error', (0,report/* redact */.E$)(message), {
            title: 'failed',
            ...(position?.file ? { file: this.repositoryPath(position.file) } : {}),
            ...(position?.line ? { startLine: position.line } : {}),
            ...(position?.col ? { startColumn: position.col } : {}),
        });
    }
    /** Runs `fn` inside a collapsible log group in Actions, under a heading elsewhere. */
    async group(title, fn) {
        if (this.core && !this.json)
            return this.core.group((0,report/* inertLog */.H_)(title), fn);
        this.info(`── ${title}`);
        return fn();
    }
    /** Sets a step output in Actions; always kept for the JSON document. */
    setOutput(name, value) {
        this.outputs[name] = (0,report/* redact */.E$)(value);
        this.core?.setOutput(name, (0,report/* redact */.E$)(value));
    }
    /** Appends Markdown to the job summary (Actions only; a no-op on a terminal). */
    summary(markdown) {
        if (!this.actions || !this.summaryFile)
            return;
        const text = (0,report/* redact */.E$)(markdown);
        (0,external_node_fs_.appendFileSync)(this.summaryFile, text.endsWith('\n') ? text : text + '\n');
    }
    /** Prints the machine-readable result (JSON mode only); there is one per run. */
    result(document) {
        if (!this.json || this.resultWritten)
            return;
        this.resultWritten = true;
        this.out((0,report/* redact */.E$)(JSON.stringify(document, null, 2)) + external_node_os_.EOL);
    }
    counts() {
        let errors = 0;
        let warnings = 0;
        let notices = 0;
        for (const f of this.findings) {
            if (f.severity === 'error')
                errors++;
            else if (f.severity === 'warning')
                warnings++;
            else
                notices++;
        }
        return { errors, warnings, notices };
    }
    /**
     * GitHub places an annotation on a pull request's diff only when its path is relative to the
     * repository root, whatever folder the step ran in.
     */
    repositoryPath(file) {
        if (!this.workspace)
            return file;
        const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(this.cwd, file);
        const rel = (0,external_node_path_.relative)(this.workspace, abs);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : file;
    }
}
function annotate(core, severity, text, props) {
    // core.error/warning/notice escape newlines, so the text cannot open another command.
    if (severity === 'error')
        core.error(text, props);
    else if (severity === 'warning')
        core.warning(text, props);
    else
        core.notice(text, props);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/cli/render/errors.ts
var render_errors = __nccwpck_require__(66772);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI entry: parses argv into a command and its options, runs it with a Reporter, and turns
 * every outcome into an exit code (0 ok, 1 check failed, 2 usage or I/O error). Nothing below
 * this function calls `process.exit`.
 */






const PROGRAM = 'samuel-plugin-release';
const GLOBAL_OPTIONS = {
    json: { type: 'boolean', description: 'Print one JSON document on stdout instead of text.' },
    help: { type: 'boolean', short: 'h', description: 'Show help for the command.' },
    summary: {
        type: 'string',
        value: 'true|false',
        description: 'Write the GitHub job summary (GITHUB_STEP_SUMMARY) when there is one (default: true).',
    },
};
/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
async function main(argv, options = {}) {
    const env = options.env ?? process.env;
    const out = options.out ?? ((t) => process.stdout.write(t));
    const err = options.err ?? ((t) => process.stderr.write(t));
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        out(topHelp());
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V') {
        out(`${PROGRAM} ${version/* VERSION */.x}\n`);
        return 0;
    }
    const command = commands/* COMMANDS */.L.find((c) => c.name === name);
    if (!command) {
        err(`${PROGRAM}: unknown command "${name}"\n${suggestCommand(name)}Run \`${PROGRAM} --help\` for the list.\n`);
        return 2;
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: rest,
            options: toParseArgsOptions(command),
            allowPositionals: true,
            strict: true,
        });
    }
    catch (e) {
        err(`${PROGRAM} ${command.name}: ${e.message}\nRun \`${PROGRAM} ${command.name} --help\` for usage.\n`);
        return 2;
    }
    if (parsed.values.help === true) {
        out(commandHelp(command));
        return 0;
    }
    const summary = parsed.values.summary;
    if (summary !== undefined && summary !== 'true' && summary !== 'false') {
        err(`${PROGRAM} ${command.name}: --summary must be true or false, got "${String(summary)}"\nRun \`${PROGRAM} ${command.name} --help\` for usage.\n`);
        return 2;
    }
    const cwd = options.cwd ?? process.cwd();
    const actions = env.GITHUB_ACTIONS === 'true';
    const reporter = new Reporter({
        json: parsed.values.json === true,
        actions,
        // Loaded only inside Actions: a terminal run never pays for it.
        ...(actions ? { core: await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 96421)) } : {}),
        out,
        err,
        summaryFile: summary === 'false' ? null : env.GITHUB_STEP_SUMMARY,
        cwd,
        ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
    });
    try {
        return await command.run({
            positionals: parsed.positionals,
            values: parsed.values,
            reporter,
            cwd,
            env,
        });
    }
    catch (e) {
        const code = (0,errors/* exitCodeFor */.Rr)(e);
        options.onError?.(e);
        reporter.result({ ok: false, command: command.name, error: (0,render_errors/* errorDocument */.U)(e) });
        const description = (0,report/* redact */.E$)((0,errors/* describeError */.Uc)(e));
        reporter.failure(description.split('\n').slice(0, 2).join(' — '), e instanceof errors/* ReleaseError */.K2 ? e.position : undefined);
        err(`${PROGRAM} ${command.name}: ${(0,report/* inertLog */.H_)(description)}\n`);
        if (!(e instanceof errors/* ReleaseError */.K2) || e.code === 'INTERNAL') {
            // An error we did not raise on purpose: keep the stack for a bug report.
            const stack = e instanceof errors/* ReleaseError */.K2 && e.cause instanceof Error ? e.cause.stack : e?.stack;
            err(`${(0,report/* inertLog */.H_)((0,report/* redact */.E$)(stack ?? ''))}\nThis looks like a bug in ${PROGRAM}; please report it with the lines above.\n`);
        }
        return code;
    }
    finally {
        reporter.close();
    }
}


function toParseArgsOptions(command) {
    const options = {};
    for (const [key, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...command.options })) {
        const o = {
            type: spec.type,
        };
        if ('short' in spec && spec.short)
            o.short = spec.short;
        if ('multiple' in spec && spec.multiple)
            o.multiple = true;
        options[key] = o;
    }
    return options;
}
function suggestCommand(name) {
    const close = commands/* COMMANDS */.L.find((c) => c.name.startsWith(name.slice(0, 3)));
    return close ? `Did you mean \`${close.name}\`? ` : '';
}
function topHelp() {
    const width = Math.max(...commands/* COMMANDS */.L.map((c) => c.name.length));
    const lines = [
        `${PROGRAM} — take a Samuel plugin from source to a signed, digest-pinned release.`,
        '',
        `Usage: ${PROGRAM} <command> [PLUGIN_DIR|MANIFEST] [options]`,
        '',
        'Commands:',
        ...commands/* COMMANDS */.L.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        'Every command takes the plugin directory or its samuel-plugin.toml (default: the current',
        'directory), accepts --json, and exits 0 on success, 1 when the plugin fails the check,',
        '2 on usage or I/O errors.',
        `Run \`${PROGRAM} <command> --help\` for the command's options.`,
        '',
    ];
    return lines.join('\n');
}
/** The `--help` text of one command, built from its option specs. */
function commandHelp(command) {
    const all = { ...command.options, ...GLOBAL_OPTIONS };
    const entries = Object.entries(all).map(([key, spec]) => {
        const value = spec.value ? ` ${spec.value}` : spec.type === 'string' ? ' VALUE' : '';
        const short = spec.short ? `-${spec.short}, ` : '';
        return [`  ${short}--${key}${value}`, spec.description];
    });
    const width = Math.max(...entries.map(([flag]) => flag.length));
    return [
        `Usage: ${PROGRAM} ${command.name} ${command.positionals} [options]`,
        '',
        command.summary,
        '',
        'Options:',
        ...entries.map(([flag, description]) => `${flag.padEnd(width)}  ${description}`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 66772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ errorDocument)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(53408);
/** How a thrown error appears in JSON and in GitHub Actions. */


function errorDocument(e) {
    if (!(e instanceof Error))
        return { message: (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(String(e)) };
    const doc = { message: (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.message) };
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2) {
        doc.code = e.code;
        if (e.fix)
            doc.fix = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.fix);
        if (e.position)
            doc.position = e.position;
    }
    return doc;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   K2: () => (/* binding */ ReleaseError),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dA: () => (/* binding */ IoError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * Typed errors. User mistakes are `ConfigurationError`s that name the file, the field and the
 * fix; failures of the system around us keep their `cause`. The CLI maps them to exit codes:
 * `UsageError` and `IoError` → 2, everything a check finds → 1.
 */
/** Base class of every error this program raises on purpose. */
class ReleaseError extends Error {
    code;
    /** What the user should do about it, as one sentence. */
    fix;
    position;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        if (options.fix !== undefined)
            this.fix = options.fix;
        if (options.position !== undefined)
            this.position = options.position;
    }
}
/** Bad command-line usage or bad action inputs: exit code 2. */
class UsageError extends ReleaseError {
    constructor(message, options = {}) {
        super('USAGE', message, options);
    }
}
/** A file or directory that cannot be read or written: exit code 2. */
class IoError extends ReleaseError {
    constructor(message, options = {}) {
        super('IO', message, options);
    }
}
/** A user mistake in configuration (manifest, workflow permissions, inputs): exit code 1. */
class ConfigurationError extends ReleaseError {
    constructor(message, options = {}) {
        super(options.code ?? 'CONFIGURATION', message, options);
    }
}
/**
 * A service we talk to cannot be reached or spoke a protocol we cannot use (connection refused,
 * unknown host, TLS failure, plain http where https was expected): exit code 2, like I/O.
 */
class NetworkError extends ReleaseError {
    constructor(message, options = {}) {
        super('NETWORK', message, options);
    }
}
/** Exit code for an error: 2 for usage, I/O and network problems, 1 for everything else. */
function exitCodeFor(err) {
    if (err instanceof ReleaseError &&
        (err.code === 'USAGE' || err.code === 'IO' || err.code === 'NETWORK'))
        return 2;
    return 1;
}
/** One-line-per-fact description of an error for humans (message, fix, cause chain). */
function describeError(err) {
    if (!(err instanceof Error))
        return String(err);
    const lines = [err.message];
    if (err instanceof ReleaseError && err.fix)
        lines.push(`fix: ${err.fix}`);
    let cause = err.cause;
    for (let depth = 0; cause !== undefined && depth < 5; depth++) {
        lines.push(`cause: ${cause instanceof Error ? cause.message : String(cause)}`);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    return lines.join('\n');
}


/***/ }),

/***/ 85787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ parseRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/**
 * `owner/repo` as a flag gives it. Apart from the comparison itself: the option parser of every
 * command reads it, and must not load GitHub's client to do so.
 */

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Splits `owner/repo`; a `https://github.com/owner/repo(.git)` URL is accepted too. */
function parseRepository(value) {
    const bare = value
        .trim()
        .replace(/^https?:\/\/[^/]+\//, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '');
    const m = REPOSITORY.exec(bare);
    if (!m || m[2] === '.' || m[2] === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--compare-release: ${JSON.stringify(value)} is not a GitHub repository`, {
            fix: 'write OWNER/REPO, e.g. --compare-release=acme/hello, or --compare-release=true for GITHUB_REPOSITORY',
        });
    }
    return { owner: m[1], repo: m[2] };
}


/***/ }),

/***/ 38777:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   Gy: () => (/* binding */ templatesRoot),
/* harmony export */   Yj: () => (/* binding */ LANGUAGES),
/* harmony export */   _h: () => (/* binding */ chooseTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(83916);
/**
 * The plugin templates that ship with the toolkit (`templates/` beside `dist/`): which one
 * serves each kind and language, and where they are on disk.
 */




const TEMPLATES = {
    'wasm/assemblyscript': {
        folder: 'wasm-example',
        exampleName: 'wasm-example',
        skip: ['plugin.wasm', 'node_modules'],
        ignore: ['node_modules/', 'plugin.wasm', 'samuel-release/'],
    },
    'wasm/go': {
        folder: 'wasm-go-example',
        exampleName: 'wasm-go-example',
        skip: ['plugin.wasm'],
        ignore: ['plugin.wasm', 'samuel-release/'],
    },
    'wasm/rust': {
        folder: 'wasm-rust-example',
        exampleName: 'wasm-rust-example',
        skip: ['plugin.wasm', 'target'],
        ignore: ['target/', 'plugin.wasm', 'samuel-release/'],
    },
    'wasm/c': {
        folder: 'wasm-c-example',
        exampleName: 'wasm-c-example',
        skip: ['plugin.wasm'],
        inputs: { toolchain: 'command', 'build-command': 'make plugin.wasm' },
        ignore: ['plugin.wasm', 'samuel-release/'],
    },
    skill: {
        folder: 'skill-example',
        exampleName: 'hello-skill',
        skip: ['SKILL.md.bundle'],
        ignore: ['samuel-release/'],
    },
    oci: {
        folder: 'oci-example',
        exampleName: 'oci-example',
        skip: ['oci-layout', 'bin'],
        inputs: { 'build-command': 'make binaries' },
        ignore: ['bin/', 'samuel-release/'],
    },
};
const LANGUAGES = ['assemblyscript', 'go', 'rust', 'c'];
const KINDS = ['wasm', 'oci', 'skill'];
/** The template for a kind (and, for wasm, a language; default AssemblyScript). */
function chooseTemplate(kind, language) {
    if (kind !== 'wasm' && language) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--language applies to wasm plugins, not ${kind}`, {
            fix: 'drop --language, or use --kind wasm',
        });
    }
    const key = kind === 'wasm' ? `wasm/${language ?? 'assemblyscript'}` : kind;
    const choice = TEMPLATES[key];
    if (!choice)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`no template for ${key}`, { fix: `use --kind ${KINDS.join('|')}` });
    return choice;
}
/** The templates/ folder that ships beside this code (dist/ in the package, src/ in a checkout). */
function templatesRoot() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'templates', 'skill-example')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'templates');
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IoError */ .dA('the plugin templates are missing from this installation', {
        fix: 'reinstall samuel-plugin-release (the package ships templates/ beside dist/)',
    });
}


/***/ }),

/***/ 56536:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ig: () => (/* reexport */ boolOpt),
  Ct: () => (/* reexport */ buildGroup),
  bA: () => (/* reexport */ choiceOpt),
  Bx: () => (/* reexport */ compareGroup),
  sw: () => (/* reexport */ defined),
  U1: () => (/* reexport */ identityPolicyFlags),
  DZ: () => (/* reexport */ lockGroup),
  r_: () => (/* reexport */ manifestGroup),
  Uf: () => (/* reexport */ moduleGroup),
  ro: () => (/* reexport */ outputGroup),
  p5: () => (/* reexport */ pinGroup),
  V7: () => (/* reexport */ publishGroup),
  v1: () => (/* reexport */ registryGroup),
  dO: () => (/* reexport */ releaseGroup),
  mQ: () => (/* reexport */ signImageGroup),
  Kx: () => (/* reexport */ sigstoreGroup),
  Fh: () => (/* reexport */ sigstoreInstanceFlags),
  Zu: () => (/* reexport */ smokeGroup),
  rJ: () => (/* reexport */ stringOpt),
  Xi: () => (/* reexport */ targetGroup)
});

// UNUSED EXPORTS: listOpt

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/options/spec.ts
/**
 * Option declarations. Each concern (manifest, build, registry, Sigstore, …) declares its flags
 * once, with the full-sentence description that `--help` prints and each action input repeats
 * word for word; commands take the concerns they need, `release` takes the union.
 */

/** Reads a string option, or undefined when absent or empty. */
function stringOpt(values, name) {
    const v = values[name];
    if (Array.isArray(v))
        return v[v.length - 1];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
/** Reads a repeatable string option as a list (absent → empty); newlines split too. */
function listOpt(values, name) {
    const v = values[name];
    const raw = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    return raw
        .flatMap((s) => s.split(/\r?\n/))
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Reads a boolean option (absent → false). */
function boolOpt(values, name) {
    return values[name] === true;
}
/** Reads an option that must be one of `choices`. */
function choiceOpt(values, name, choices, fallback) {
    const v = stringOpt(values, name);
    if (v === undefined)
        return fallback;
    if (!choices.includes(v)) {
        const list = `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
        throw new errors/* UsageError */.eb(`--${name} must be ${list}, got "${v}"`, {
            fix: `use one of: ${choices.join(', ')}`,
        });
    }
    return v;
}
/** Copies only the keys whose value is defined (for exactOptionalPropertyTypes-style objects). */
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./src/util/size.ts
var size = __nccwpck_require__(57155);
;// CONCATENATED MODULE: ./src/options/groups.ts
/**
 * Every option concern, declared once. The CLI flags of each command, the union on `release`,
 * and every action's inputs derive from these (a test proves the action inputs match).
 */


const manifestGroup = {
    slice: 'manifest',
    flags: {
        strict: {
            type: 'boolean',
            description: 'Treat unknown manifest keys as errors instead of warnings.',
        },
        tag: {
            type: 'string',
            value: 'TAG',
            description: 'Release tag that must equal the manifest version, with or without "v" (default: the pushed tag in GitHub Actions).',
        },
    },
    read: (v) => defined({ strict: boolOpt(v, 'strict'), tag: stringOpt(v, 'tag'), pin: false }),
};
const pinGroup = {
    slice: 'manifest',
    flags: {
        pin: {
            type: 'boolean',
            description: 'The release will pin [oci].image to the pushed digest, so an unpinned or all-zero image reference is accepted.',
        },
    },
    read: (v) => ({ pin: boolOpt(v, 'pin') }),
};
const buildGroup = {
    slice: 'build',
    flags: {
        toolchain: {
            type: 'string',
            value: 'NAME',
            description: 'Wasm compiler: tinygo, go, rust, assemblyscript or command (default: detected from go.mod, Cargo.toml or asconfig.json; TinyGo when installed).',
        },
        'build-command': {
            type: 'string',
            value: 'CMD',
            description: 'The command that writes the wasm module, for --toolchain command (split on spaces, quotes group, no shell).',
        },
        'size-budget': {
            type: 'string',
            value: 'SIZE',
            description: "Largest allowed wasm module, e.g. 2MiB or 500KiB (default 2MiB, like Samuel's reference plugin).",
        },
        platforms: {
            type: 'string',
            value: 'LIST',
            description: 'Platforms of an oci plugin image, comma-separated (default: linux/amd64,linux/arm64).',
        },
        builder: {
            type: 'string',
            value: 'NAME',
            description: 'Image builder for an oci plugin: docker (buildx), podman or buildah (default: detected).',
        },
    },
    read(v) {
        const budget = stringOpt(v, 'size-budget');
        const platforms = listOpt(v, 'platforms').flatMap((p) => p.split(','));
        return defined({
            toolchain: stringOpt(v, 'toolchain'),
            buildCommand: stringOpt(v, 'build-command'),
            sizeBudget: budget ? (0,size/* parseSize */.DB)(budget) : undefined,
            platforms: platforms.length ? platforms.map((p) => p.trim()).filter(Boolean) : undefined,
            builder: stringOpt(v, 'builder'),
        });
    },
};
const moduleGroup = {
    slice: 'module',
    flags: {
        module: {
            type: 'string',
            value: 'PATH',
            description: "The wasm module to use instead of the manifest's [wasm].module.",
        },
    },
    read: (v) => defined({ module: stringOpt(v, 'module') }),
};
const smokeGroup = {
    slice: 'smoke',
    flags: {
        call: {
            type: 'string',
            multiple: true,
            value: 'EXPORT',
            description: "Also call this export (repeatable), under the manifest's soft and hard timeouts.",
        },
        initialize: {
            type: 'boolean',
            description: 'Call _initialize before the probes. Samuel v2.3 does not, so a pass with this flag does not mean Samuel can run the module.',
        },
        runtime: {
            type: 'string',
            value: 'LIST',
            description: 'Container runtimes the oci smoke test pulls and runs the image with: auto (default: the one SAMUEL_RUNTIME names, else every runtime present), none for static checks only, or a comma-separated list of podman, podman-root, docker.',
        },
    },
    read: (v) => defined({
        calls: listOpt(v, 'call'),
        initialize: boolOpt(v, 'initialize'),
        runtimes: stringOpt(v, 'runtime'),
    }),
};
/** Where publish pushes. */
const targetGroup = {
    slice: 'registry',
    flags: {
        to: {
            type: 'string',
            value: 'TARGET',
            description: 'Where to publish: registry/owner/name (e.g. ghcr.io/acme/hello) or oci-layout:DIR (default: an OCI layout in the output folder; for oci plugins the repository of [oci].image).',
        },
    },
    read: (v) => defined({ to: stringOpt(v, 'to') }),
};
/** How to reach a registry: plain-http allowances and credentials. */
const registryGroup = {
    slice: 'registry',
    flags: {
        insecure: {
            type: 'boolean',
            description: 'Talk plain http to a registry on this machine (127.0.0.1, localhost, [::1]).',
        },
        'insecure-host': {
            type: 'string',
            multiple: true,
            value: 'HOST',
            description: 'Also allow plain http, credentials included, to this registry host that is not on this machine (repeatable); only on a network you trust.',
        },
        username: {
            type: 'string',
            value: 'USER',
            description: 'Registry user name (default: REGISTRY_USERNAME, then the GitHub actor for ghcr.io, then docker/podman credentials).',
        },
        password: {
            type: 'string',
            value: 'SECRET',
            description: 'Registry password or token (default: REGISTRY_PASSWORD, then GITHUB_TOKEN for ghcr.io, then docker/podman credentials).',
        },
        'registry-auths': {
            type: 'string',
            value: 'YAML',
            description: 'Credentials for several registries as one YAML or JSON document: a list of {registry, username, password} (default: REGISTRY_AUTHS).',
        },
    },
    read: (v) => defined({
        insecure: boolOpt(v, 'insecure'),
        insecureHosts: listOpt(v, 'insecure-host'),
        username: stringOpt(v, 'username'),
        password: stringOpt(v, 'password'),
        registryAuths: stringOpt(v, 'registry-auths'),
    }),
};
const publishGroup = {
    slice: 'publish',
    flags: {
        layout: {
            type: 'string',
            value: 'DIR',
            description: 'For oci plugins: publish this OCI image layout (single image or multi-platform index) instead of building the image.',
        },
        'layout-ref': {
            type: 'string',
            value: 'NAME',
            description: 'The image to take from the layout when its index.json lists several (its ref.name annotation).',
        },
        'image-tag': {
            type: 'string',
            multiple: true,
            value: 'TAG',
            description: 'Registry tag to set (repeatable); replaces the default tags, which are the version and latest for non-prerelease versions.',
        },
        'no-latest': { type: 'boolean', description: 'Do not move the latest tag.' },
        'no-tags': {
            type: 'boolean',
            description: 'Push by digest only, setting no tag (the digest is still output).',
        },
        'mount-from': {
            type: 'string',
            value: 'REPO',
            description: 'Mount blobs from this repository of the same registry instead of uploading them (e.g. acme/base).',
        },
    },
    read: (v) => defined({
        layout: stringOpt(v, 'layout'),
        layoutRef: stringOpt(v, 'layout-ref'),
        imageTags: listOpt(v, 'image-tag'),
        latest: !boolOpt(v, 'no-latest'),
        noTags: boolOpt(v, 'no-tags'),
        mountFrom: stringOpt(v, 'mount-from'),
    }),
};
/** The Sigstore instance flags, shared by signing and verifying. */
const sigstoreInstanceFlags = {
    'trusted-root': {
        type: 'string',
        value: 'FILE',
        description: 'trusted_root.json of a private Sigstore instance, or for offline verification (default: public-good over TUF).',
    },
};
const sigstoreGroup = {
    slice: 'sigstore',
    flags: {
        sign: {
            type: 'string',
            value: 'auto|true|false',
            description: 'auto (default) signs when an OIDC identity is available and the run releases (in a private or internal repository only with a private Fulcio and Rekor); true requires signing; false skips it.',
        },
        'identity-token': {
            type: 'string',
            value: 'JWT',
            description: 'OIDC token to sign with (default: the GitHub Actions OIDC token when id-token: write is granted).',
        },
        'fulcio-url': {
            type: 'string',
            value: 'URL',
            description: 'Fulcio certificate authority of a private Sigstore (default: public-good).',
        },
        'rekor-url': {
            type: 'string',
            value: 'URL',
            description: 'Rekor transparency log of a private Sigstore (default: public-good).',
        },
        'tsa-url': {
            type: 'string',
            value: 'URL',
            description: "RFC 3161 timestamp authority (default: none; Rekor's time is the timestamp).",
        },
        ...sigstoreInstanceFlags,
    },
    read: (v) => defined({
        mode: choiceOpt(v, 'sign', ['auto', 'true', 'false'], 'auto'),
        identityToken: stringOpt(v, 'identity-token'),
        fulcioUrl: stringOpt(v, 'fulcio-url'),
        rekorUrl: stringOpt(v, 'rekor-url'),
        tsaUrl: stringOpt(v, 'tsa-url'),
        trustedRoot: stringOpt(v, 'trusted-root'),
    }),
};
const outputGroup = {
    slice: 'output',
    flags: {
        output: {
            type: 'string',
            value: 'DIR',
            description: 'Folder for the release assets, bundles, notes and release.json (default: samuel-release/<name>-<version>).',
        },
    },
    read: (v) => defined({ output: stringOpt(v, 'output') }),
};
const releaseGroup = {
    slice: 'release',
    flags: {
        'dry-run': {
            type: 'boolean',
            description: 'Keep everything local: nothing is pushed, no GitHub release is created; the release folder holds what would be uploaded.',
        },
        'github-token': {
            type: 'string',
            value: 'TOKEN',
            description: 'Token that creates the GitHub release (needs contents: write; default: GITHUB_TOKEN, then GH_TOKEN).',
        },
        repository: {
            type: 'string',
            value: 'OWNER/NAME',
            description: 'The GitHub repository to create the release in (default: GITHUB_REPOSITORY, else the origin remote).',
        },
    },
    read: (v) => defined({
        dryRun: boolOpt(v, 'dry-run'),
        githubToken: stringOpt(v, 'github-token'),
        repository: stringOpt(v, 'repository'),
    }),
};
const signImageGroup = {
    slice: 'sigstore',
    flags: {
        image: {
            type: 'string',
            value: 'REF@DIGEST',
            description: 'The published image or wasm artifact to sign (default: what publish pushed, else [oci].image when it is pinned).',
        },
    },
    read: (v) => defined({ image: stringOpt(v, 'image') }),
};

// EXTERNAL MODULE: ./src/samuel/signing.ts
var signing = __nccwpck_require__(44180);
;// CONCATENATED MODULE: ./src/options/policy.ts
/**
 * Who must have signed: the identity-policy flags, with cosign's names, shared by `verify` and
 * `lock` so each means the same everywhere.
 */

const identityPolicyFlags = {
    'certificate-identity': {
        type: 'string',
        value: 'ID',
        description: 'The exact signer identity (certificate SAN).',
    },
    'certificate-identity-regexp': {
        type: 'string',
        value: 'RE',
        description: 'A regular expression the whole signer identity must match.',
    },
    'certificate-oidc-issuer': {
        type: 'string',
        value: 'URL',
        description: `The OIDC issuer (default ${signing/* GITHUB_ACTIONS_ISSUER */.q}).`,
    },
    'certificate-github-workflow-repository': {
        type: 'string',
        value: 'OWNER/REPO',
        description: 'The repository the signing workflow ran for (from the certificate).',
    },
};

;// CONCATENATED MODULE: ./src/options/lock.ts
/**
 * The `lock` concern: where a consuming project's plugins resolve and who must have signed them.
 * Samuel's own policy is the default; every flag makes it stricter, except `--allow-unsigned`,
 * which records an unsigned release truthfully (without `signed`) instead of refusing it.
 */




const lockGroup = {
    slice: 'lock',
    flags: {
        project: {
            type: 'string',
            value: 'DIR',
            description: 'The consuming project: the folder holding samuel.toml and samuel.lock (default: the working directory).',
        },
        'registry-index': {
            type: 'string',
            value: 'FILE|URL',
            description: "Resolve plugins through this registry index.toml instead of the registries samuel.toml names (or Samuel's default).",
        },
        'identity-pattern': {
            type: 'string',
            multiple: true,
            value: 'GLOB',
            description: `A signer identity glob in Samuel's syntax (* one path segment, ** anything), repeatable; the signer must match one (default: Samuel's own, ${signing/* DEFAULT_IDENTITY_PATTERN */.u} and https://github.com/anthropics/skills/**).`,
        },
        'certificate-identity-regexp': identityPolicyFlags['certificate-identity-regexp'],
        'certificate-oidc-issuer': identityPolicyFlags['certificate-oidc-issuer'],
        'certificate-github-workflow-repository': identityPolicyFlags['certificate-github-workflow-repository'],
        ...sigstoreInstanceFlags,
        'allow-unsigned': {
            type: 'boolean',
            description: 'Accept releases without a signature, recorded without signed = true (by default an unsigned release is an error).',
        },
        'allow-prerelease': {
            type: 'boolean',
            description: 'Let a version range resolve to a prerelease version.',
        },
    },
    read: (v) => {
        const patterns = listOpt(v, 'identity-pattern');
        return defined({
            project: stringOpt(v, 'project'),
            registryIndex: stringOpt(v, 'registry-index'),
            identityPatterns: patterns,
            identityRegexp: stringOpt(v, 'certificate-identity-regexp'),
            repository: stringOpt(v, 'certificate-github-workflow-repository'),
            issuer: stringOpt(v, 'certificate-oidc-issuer'),
            trustedRoot: stringOpt(v, 'trusted-root'),
            allowUnsigned: boolOpt(v, 'allow-unsigned'),
            allowPrerelease: boolOpt(v, 'allow-prerelease'),
        });
    },
};

// EXTERNAL MODULE: ./src/github/compare/repository.ts
var repository = __nccwpck_require__(85787);
;// CONCATENATED MODULE: ./src/options/compare.ts
/**
 * `--compare-release[=REPO]`: compare the manifest's capabilities with the plugin's latest
 * GitHub release. Declared apart from the other concerns so the validate step and the validate
 * command share one flag with one description.
 */


const compareGroup = {
    slice: 'compare',
    flags: {
        'compare-release': {
            type: 'string',
            value: 'REPO',
            description: 'Compare the capabilities the manifest asks for with those of the latest GitHub release of REPO (OWNER/REPO, or true for GITHUB_REPOSITORY) and report each one added, widened or removed; reads with COMPARE_RELEASE_TOKEN, GITHUB_TOKEN or GH_TOKEN when set (anonymously otherwise), and never fails the run when GitHub cannot be read.',
        },
    },
    read(values) {
        const value = stringOpt(values, 'compare-release');
        if (value === undefined || /^(false|0|no)$/i.test(value))
            return {};
        if (/^(true|1|yes)$/i.test(value))
            return { compareRelease: true };
        const { owner, repo } = (0,repository/* parseRepository */.S)(value);
        return { compareRelease: `${owner}/${repo}` };
    },
};

;// CONCATENATED MODULE: ./src/options/index.ts
/** Option concerns and their typed slices; see `groups.ts`. */







/***/ }),

/***/ 63304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vG: () => (/* binding */ isDryRun),
  CA: () => (/* binding */ newContext),
  T2: () => (/* binding */ outputDir),
  IQ: () => (/* binding */ context_plugin),
  uH: () => (/* binding */ setOutput)
});

// UNUSED EXPORTS: DEFAULT_OPTIONS, kindOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/pipeline/artifacts.ts

/** Which step makes each artifact, for the error when one is missing. */
const MADE_BY = {
    'wasm-module': 'build',
    'image-layout': 'build',
    image: 'publish',
    bundle: 'sign',
    'released-manifest': 'pin',
    'release-asset': 'release',
    'verify-command': 'sign',
    'lock-entry': 'lock',
    'github-release': 'release',
};
class ArtifactList {
    items = [];
    /** Adds an artifact; a release asset or bundle with the same name replaces the earlier one. */
    add(artifact) {
        if (artifact.type === 'release-asset' || artifact.type === 'bundle') {
            const i = this.items.findIndex((a) => a.type === artifact.type && 'name' in a && a.name === artifact.name);
            if (i >= 0) {
                this.items[i] = artifact;
                return;
            }
        }
        if (artifact.type === 'released-manifest' || artifact.type === 'image') {
            const i = this.items.findIndex((a) => a.type === artifact.type);
            if (i >= 0) {
                this.items[i] = artifact;
                return;
            }
        }
        this.items.push(artifact);
    }
    /** Every artifact of a type, in the order they were added. */
    all(type) {
        return this.items.filter((a) => a.type === type);
    }
    /** The latest artifact of a type, if any. */
    get(type) {
        const all = this.all(type);
        return all[all.length - 1];
    }
    /** The latest artifact of a type, or an error naming the step that makes it. */
    require(type, neededBy) {
        const found = this.get(type);
        if (!found) {
            throw new errors/* ReleaseError */.K2('INTERNAL', `the ${neededBy} step needs the ${type} that the ${MADE_BY[type]} step makes, and there is none`, { fix: `run the ${MADE_BY[type]} step first (release runs every step in order)` });
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts
/**
 * What every step sees: the typed option slices, the plugin once validated, the artifact list,
 * the reporter and the process environment. Built by the faces (CLI, action) and by tests
 * (`contextFor` in test/helpers gives defaults).
 */



const DEFAULT_OPTIONS = {
    manifest: { strict: false, pin: false },
    compare: {},
    build: {},
    module: {},
    smoke: { calls: [], initialize: false },
    registry: { insecure: false, insecureHosts: [] },
    publish: { imageTags: [], latest: true, noTags: false },
    sigstore: { mode: 'auto' },
    output: {},
    release: { dryRun: true },
};
function newContext(init) {
    return {
        command: init.command,
        target: init.target,
        options: { ...DEFAULT_OPTIONS, ...init.options },
        reporter: init.reporter,
        cwd: init.cwd,
        env: init.env,
        artifacts: new ArtifactList(),
        startedAt: new Date(),
        outputs: {},
        results: {},
    };
}
/** The validated plugin; steps after validate call this instead of reading `loaded!`. */
function context_plugin(ctx) {
    if (!ctx.loaded) {
        throw new errors/* ReleaseError */.K2('INTERNAL', 'no validated manifest: the validate step did not run', {
            fix: 'run the validate step first',
        });
    }
    return ctx.loaded;
}
function kindOf(ctx) {
    return ctx.loaded?.manifest.kind;
}
/** True when the run must not touch the outside world. */
function isDryRun(ctx) {
    return ctx.options.release.dryRun;
}
/** The folder that receives assets, bundles, notes and the local OCI layout. */
function outputDir(ctx) {
    const m = context_plugin(ctx).manifest;
    return (0,external_node_path_.resolve)(ctx.cwd, ctx.options.output.output ?? (0,external_node_path_.join)('samuel-release', `${m.name}-${m.version}`));
}
/** Sets a step output on the reporter and keeps it for the JSON document. */
function setOutput(ctx, name, value) {
    ctx.outputs[name] = value;
    ctx.reporter.setOutput(name, value);
}


/***/ }),

/***/ 28505:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ repositoryFromOrigin),
/* harmony export */   iw: () => (/* binding */ repositoryFromEnv),
/* harmony export */   qX: () => (/* binding */ tagFromEnv)
/* harmony export */ });
/* unused harmony export repositoryFromRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_source_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(78999);
/** Facts the pipeline reads from the GitHub Actions environment, in one place. */


/** The release tag from the Actions context (`refs/tags/v1.2.3` → `v1.2.3`), if any. */
function tagFromEnv(env) {
    if (env.GITHUB_ACTIONS !== 'true')
        return undefined;
    if (env.GITHUB_REF_TYPE === 'tag' && env.GITHUB_REF_NAME)
        return env.GITHUB_REF_NAME;
    if (env.GITHUB_REF?.startsWith('refs/tags/'))
        return env.GITHUB_REF.slice('refs/tags/'.length);
    return undefined;
}
/** `owner/name` of the repository being released (GITHUB_REPOSITORY), if known. */
function repositoryFromEnv(env) {
    const repo = env.GITHUB_REPOSITORY;
    return repo && /^[^/\s]+\/[^/\s]+$/.test(repo) ? repo : undefined;
}
/** `owner/name` from a git remote URL (https, ssh or scp-like), if it is a GitHub-style one. */
function repositoryFromRemote(url) {
    const path = (0,_util_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRemote */ .M)(url)?.path;
    return path && /^[^/\s]+\/[^/\s]+$/.test(path) ? path : undefined;
}
/** `owner/name` of the checkout's origin remote at `dir`, when it is a GitHub-style URL. */
function repositoryFromOrigin(dir) {
    try {
        const url = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['remote', 'get-url', 'origin'], {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        return repositoryFromRemote(url);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 17846:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline),
/* harmony export */   f: () => (/* binding */ FindingsFailure)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(63304);
/**
 * Runs a slice of the pipeline: preflight of every applicable step (unless a dry run), then
 * each step in order inside a log group, timed, with a row per step (ok, skipped with the
 * reason, failed with the first line of the error). The first failure stops the run; the error
 * travels back typed, so the face can annotate it and pick the exit code.
 */


/** Thrown by a step whose findings (already reported) fail it: no extra message needed. */
class FindingsFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2 {
    constructor(message) {
        super('CONFIGURATION', message);
    }
}
async function runPipeline(steps, ctx) {
    const records = [];
    const publishing = !(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isDryRun */ .vG)(ctx);
    const fail = (step, t0, e) => {
        const error = asReleaseError(step, e);
        records.push({ step, status: 'failed', detail: firstLine(error.message), ms: Date.now() - t0 });
        return { ok: false, steps: records, ...(e instanceof FindingsFailure ? {} : { error }) };
    };
    for (const step of steps) {
        const t0 = Date.now();
        let reason;
        try {
            reason = step.skip?.(ctx);
            if (reason === undefined) {
                const run = await ctx.reporter.group(step.name, async () => {
                    let outcome = await step.run(ctx);
                    if (step.publish && publishing)
                        outcome = (await step.publish(ctx)) ?? outcome;
                    return outcome;
                });
                records.push({ step: step.name, ...run, ms: Date.now() - t0 });
                // Validate makes the manifest known: check the outside world before any build work.
                if (step.name === 'validate' && publishing) {
                    for (const later of steps) {
                        if (!later.preflight || later.skip?.(ctx) !== undefined)
                            continue;
                        const p0 = Date.now();
                        try {
                            await later.preflight(ctx);
                        }
                        catch (e) {
                            return fail(`${later.name} (preflight)`, p0, e);
                        }
                    }
                }
                continue;
            }
        }
        catch (e) {
            return fail(step.name, t0, e);
        }
        records.push({
            step: step.name,
            status: 'skipped',
            detail: reason,
            ms: 0,
            notApplicable: true,
        });
    }
    return { ok: true, steps: records };
}
function asReleaseError(step, e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2)
        return e;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReleaseError */ .K2('INTERNAL', `the ${step} step failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ }),

/***/ 53408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tJ: () => (/* reexport */ MAX_UNTRUSTED_LINE),
  tf: () => (/* reexport */ formatFinding),
  H_: () => (/* reexport */ inertLog),
  Ic: () => (/* reexport */ inertMarkdown),
  IJ: () => (/* reexport */ onSecret),
  E$: () => (/* reexport */ redact),
  cl: () => (/* reexport */ registerSecret)
});

// UNUSED EXPORTS: clearSecrets

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/report/finding.ts
/**
 * The finding vocabulary every domain speaks: a problem in the user's files (or in what they
 * built), with where it is and how to fix it. Renderers live at the faces (terminal, --json,
 * Actions); domains only produce findings.
 */

/** `file:line:col: severity: message [rule]` followed by an indented fix line. */
function formatFinding(f) {
    const where = [f.file, f.line, f.col].filter((p) => p !== undefined && p !== '').join(':');
    const head = `${where ? where + ': ' : ''}${f.severity}: ${f.message} [${f.rule}]`;
    return f.fix ? `${head}${external_node_os_.EOL}  fix: ${f.fix}` : head;
}

;// CONCATENATED MODULE: ./src/report/secrets.ts
/**
 * Every credential this process learns is registered here once, in every form it can take on
 * the wire (raw, base64 of `user:password`, the Basic header), and every output path (terminal,
 * --json, annotations, job summary, error messages) passes its text through `redact`.
 */
const secrets = new Set();
const listeners = new Set();
/** Shortest value treated as a secret: shorter strings would redact ordinary words. */
const MIN_SECRET_LENGTH = 4;
/** Registers a token or password (and, with `user`, the Basic-auth forms of the pair). */
function registerSecret(value, user) {
    if (!value)
        return;
    const forms = [value];
    if (user !== undefined) {
        const pair = `${user}:${value}`;
        forms.push(pair, Buffer.from(pair).toString('base64'));
    }
    forms.push(Buffer.from(value).toString('base64'));
    for (const form of forms) {
        if (form.length < MIN_SECRET_LENGTH || secrets.has(form))
            continue;
        secrets.add(form);
        for (const listener of listeners)
            listener(form);
    }
}
/** Called for every secret form registered now or later (the Actions face masks each). */
function onSecret(listener) {
    listeners.add(listener);
    for (const s of secrets)
        listener(s);
    return () => listeners.delete(listener);
}
/** Replaces every registered secret form, and any Authorization header value, with `***`. */
function redact(text) {
    let out = text;
    // Longest first, so a pair is masked whole before its parts.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (out.includes(s))
            out = out.split(s).join('***');
    }
    return out.replace(/\b(authorization|proxy-authorization)(["']?\s*[:=]\s*["']?)(basic|bearer)\s+[^\s"',}]+/gi, '$1$2$3 ***');
}
/** For tests: forget every registered secret. */
function clearSecrets() {
    secrets.clear();
}

;// CONCATENATED MODULE: ./src/report/untrusted.ts
/**
 * Text we did not write — guest `samuel.log` lines, compiler output, registry messages, manifest
 * strings — must never act as a workflow command (`::error::`, `::stop-commands::`, …) or as
 * Markdown/HTML in a job summary. These functions make such text inert, losing no characters a
 * reader needs.
 */

/** Longest untrusted line kept; the rest is cut with a note. */
const MAX_UNTRUSTED_LINE = 4096;
/**
 * For log lines: a line whose first non-blank characters are `::` (the runner's command prefix)
 * gets a visible `⁚` in front; control characters other than tab are shown as `\xNN`; each line
 * is cut at MAX_UNTRUSTED_LINE characters; registered secrets are redacted.
 */
function inertLog(text) {
    return redact(text)
        .split(/\r\n|\r|\n/)
        .map((line) => {
        let l = line.replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
        if (l.length > MAX_UNTRUSTED_LINE) {
            l = `${l.slice(0, MAX_UNTRUSTED_LINE)}… [${l.length - MAX_UNTRUSTED_LINE} more characters cut]`;
        }
        return /^\s*::/.test(l) ? `⁚${l}` : l;
    })
        .join('\n');
}
/** For Markdown (job summaries, release notes): inert log text, then HTML and table syntax escaped. */
function inertMarkdown(text) {
    return inertLog(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, '\\`')
        .replace(/\n/g, ' ');
}

;// CONCATENATED MODULE: ./src/report/index.ts
/** The bottom layer every domain may import: findings, the reporter interface, text safety. */





/***/ }),

/***/ 73955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ suggestName),
/* harmony export */   eF: () => (/* binding */ NAME_RE),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/**
 * Samuel's plugin name rule (manifest.go: `^[a-z0-9][a-z0-9-]{1,63}$`, and no trailing "-"), with
 * the reason a name breaks it and a name that would pass — for `validate` and for `init`.
 */
const NAME_RE = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** A name Samuel would accept made from `text`: lowercased, other runs as "-", cut to 64. */
function suggestName(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64)
        .replace(/-+$/, '');
}
/** Why Samuel rejects `name`, and the fix; undefined when it accepts it. */
function nameProblem(name) {
    let why;
    if (name.length < 2)
        why = 'it is shorter than 2 characters';
    else if (name.length > 64)
        why = `it is ${name.length} characters long (at most 64)`;
    else if (/[A-Z]/.test(name))
        why = 'it has uppercase letters';
    else if (name.startsWith('-'))
        why = 'it starts with "-"';
    else if (name.endsWith('-'))
        why = 'it ends with "-"';
    else if (!NAME_RE.test(name))
        why = `it has characters other than a-z, 0-9 and "-" (${JSON.stringify([...new Set(name.replace(/[a-z0-9-]/g, ''))].join(''))})`;
    if (!why)
        return undefined;
    const suggestion = suggestName(name);
    return {
        why,
        fix: `names must match ^[a-z0-9][a-z0-9-]{1,63}$ and not end with "-"${suggestion.length >= 2 ? `, e.g. "${suggestion}"` : ''}`,
    };
}


/***/ }),

/***/ 44180:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   u: () => (/* binding */ DEFAULT_IDENTITY_PATTERN)
/* harmony export */ });
/** Samuel's signature policy (contract §4): who it trusts to have signed a plugin. */
/** The OIDC issuer of GitHub Actions identities, the only one Samuel's default policy accepts. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** Samuel's default trusted identity pattern (certificate SAN). */
const DEFAULT_IDENTITY_PATTERN = 'https://github.com/samuelpkg/**';


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tail),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/**
 * Runs external programs with argument arrays (never through a shell), streams their output to
 * the log when asked, and returns what they printed so an error can quote the tool's own words.
 */


/**
 * Runs `command args…` and resolves with its exit code and output; a non-zero exit is a
 * normal result, not an error. Rejects with an `IoError` only when the program cannot start
 * (for example, it is not installed), with a fix naming the program.
 */
function run(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.stdout.on('data', (b) => {
            stdout.push(b);
            options.onOutput?.(b.toString('utf8'), 'stdout');
        });
        child.stderr.on('data', (b) => {
            stderr.push(b);
            options.onOutput?.(b.toString('utf8'), 'stderr');
        });
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IoError */ .dA(`cannot run ${command}: ${e.code === 'ENOENT' ? 'not found on PATH' : e.message}`, {
                cause: e,
                fix: `install ${command} or put it on PATH`,
            }));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
                timedOut,
            });
        });
        child.stdin.on('error', () => {
            /* the child may exit before reading its input; its exit code tells the story */
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}
/** The last `n` non-empty lines of a tool's output, for error messages. */
function tail(text, n = 20) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-n)
        .join('\n');
}


/***/ }),

/***/ 24964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** How paths appear in messages: relative to the working directory when inside it, else absolute. */

function displayPath(file, cwd) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel : file;
}


/***/ }),

/***/ 57155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   Xq: () => (/* binding */ formatSize),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/** Sizes as people write them (`2MiB`, `500KiB`, `3000000`) and as we show them. */

const UNITS = {
    b: 1,
    kib: 1024,
    kb: 1000,
    mib: 1024 ** 2,
    mb: 1000 ** 2,
    gib: 1024 ** 3,
    gb: 1000 ** 3,
};
/** `2MiB` → 2097152; a usage error with an example for anything else. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kib|kb|mib|mb|gib|gb)?\s*$/i.exec(text);
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`cannot read size "${text}"`, {
            fix: 'write a size such as 2MiB, 512KiB or 3000000',
        });
    }
    return Math.round(Number(m[1]) * (UNITS[(m[2] ?? 'b').toLowerCase()] ?? 1));
}
/** 1536 → "1.5 KiB". */
function formatBytes(n) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}
/** `1.8 MiB (1835008 bytes)`: the exact count beside the readable one, for budgets. */
function formatSize(bytes) {
    return bytes < 1024 ? formatBytes(bytes) : `${formatBytes(bytes)} (${bytes} bytes)`;
}


/***/ }),

/***/ 78999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseRemote),
/* harmony export */   sourceFacts: () => (/* binding */ sourceFacts)
/* harmony export */ });
/* unused harmony export normaliseRemote */
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37895);
/**
 * Where a plugin's source lives, which commit it is and when that commit was made: for the
 * `org.opencontainers.image.*` annotations and labels, and for reproducible timestamps. Actions'
 * variables win; otherwise git in the plugin directory. A remote is shown only as a public web
 * address, never with the credentials a remote URL may carry.
 */

/**
 * A git remote URL — https, ssh or scp-like (`git@host:owner/name.git`) — as its host and
 * repository path, without credentials, port (ssh), `.git` or slashes at either end.
 */
function parseRemote(url) {
    const text = url.trim();
    let host;
    let path;
    const scp = /^[^@\s/]+@([^:\s/]+):(?!\/)(.+)$/.exec(text);
    if (scp) {
        host = scp[1];
        path = scp[2];
    }
    else {
        let u;
        try {
            u = new URL(text);
        }
        catch {
            return undefined;
        }
        if (u.protocol === 'ssh:')
            host = u.hostname;
        else if (u.protocol === 'https:' || u.protocol === 'http:')
            host = u.host;
        else
            return undefined;
        path = u.pathname;
    }
    path = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
    return host && path ? { host, path } : undefined;
}
/** A remote as the public web address of its repository (`https://host/owner/name`). */
function normaliseRemote(url) {
    const remote = url === undefined ? undefined : parseRemote(url);
    return remote ? `https://${remote.host}/${remote.path}` : undefined;
}
/** The source facts of the checkout at `dir` (see the module comment). */
async function sourceFacts(dir, env) {
    const git = async (...args) => {
        try {
            const res = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__.run)('git', args, { cwd: dir, env, timeoutMs: 10_000 });
            return res.code === 0 && res.stdout.trim() !== '' ? res.stdout.trim() : undefined;
        }
        catch {
            // No git on the machine: what it would tell is optional.
            return undefined;
        }
    };
    const fromEnv = env.SOURCE_DATE_EPOCH !== undefined && /^\d+$/.test(env.SOURCE_DATE_EPOCH);
    // The git questions asked at once: each is a process start.
    const [remote, head, commitTime] = await Promise.all([
        env.GITHUB_REPOSITORY ? undefined : git('remote', 'get-url', 'origin'),
        env.GITHUB_SHA ? undefined : git('rev-parse', 'HEAD'),
        fromEnv ? undefined : git('log', '-1', '--format=%ct'),
    ]);
    const facts = {};
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const source = env.GITHUB_REPOSITORY
        ? `${server}/${env.GITHUB_REPOSITORY}`
        : normaliseRemote(remote);
    if (source)
        facts.source = source;
    const revision = env.GITHUB_SHA || head;
    if (revision)
        facts.revision = revision;
    if (fromEnv)
        facts.epoch = Number(env.SOURCE_DATE_EPOCH);
    else if (commitTime && /^\d+$/.test(commitTime))
        facts.epoch = Number(commitTime);
    return facts;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** This toolkit's version (package.json's; the release process keeps them equal). */
const VERSION = '0.1.0';


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 26848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction),
/* harmony export */   iW: () => (/* reexport safe */ _cli_main_js__WEBPACK_IMPORTED_MODULE_0__.iW),
/* harmony export */   xv: () => (/* reexport safe */ _cli_main_js__WEBPACK_IMPORTED_MODULE_0__.xv)
/* harmony export */ });
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(95865);
/**
 * The one bundle behind the CLI and every action. It has no side effects on import: the CLI
 * (`bin/samuel-plugin-release.js`) calls `main`, and each action's entry calls `runAction`.
 * Each command's code is loaded when that command runs, so `--help` loads almost nothing.
 */

/** Runs the command `name` as a GitHub Action step (see src/action). */
async function runAction(name) {
    const action = await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(218)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60218));
    return action.runAction(name);
}

var __webpack_exports__VERSION = __webpack_exports__.xv;
var __webpack_exports__main = __webpack_exports__.iW;
var __webpack_exports__runAction = __webpack_exports__.Cs;
export { __webpack_exports__VERSION as VERSION, __webpack_exports__main as main, __webpack_exports__runAction as runAction };
