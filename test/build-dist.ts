// Vitest's global set-up: compile dist/ (`tsc -p tsconfig.build.json`, the
// same as `npm run build`) once before any test file runs. The npm start
// scripts run the compiled files, and some tests run those scripts as an
// operator would; building here, rather than in a `pretest` script, also
// covers `npx vitest run some.test.ts` after an edit, so such a test never runs
// an old dist/. The build is incremental: with nothing changed it takes a few seconds.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export default function buildDist(): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  // then the doors bundled, as `npm run build` does
  execFileSync(process.execPath, ["dist/src/build/bundle.js"], { cwd: root, stdio: "inherit" });
}
