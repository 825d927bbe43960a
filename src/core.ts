// The answering core: a validated dataset and the engine built on it. Every
// door (Discord gateway, HTTP endpoint, CLI, tests, benchmarks) makes one and
// hands it to the command handlers.
import type { Dataset } from "./data/dataset.js";
import { loadDataset } from "./data/load.js";
import { Engine, type EngineOptions } from "./answer/engine.js";

export interface Core {
  data: Dataset;
  engine: Engine;
}

export function createCore(data: Dataset, options?: EngineOptions): Core {
  return { data, engine: new Engine(data, options) };
}

/** Loads and validates the dataset from `dir` (default: the project's data/) and builds the core. */
export function loadCore(dir?: string): Core {
  return createCore(loadDataset(dir));
}
