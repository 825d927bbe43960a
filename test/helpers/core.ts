import { loadCore } from "../../src/core.js";
import type { Core } from "../../src/core.js";

let shared: Core | undefined;
/** The project's own dataset, loaded once per test file. */
export function core(): Core {
  // no reply cache: every test exercises the handlers themselves
  shared ??= loadCore(undefined, { replyCacheSize: 0 });
  return shared;
}
