// The answering core: a validated dataset and the engine built on it. Every
// door (Discord gateway, HTTP endpoint, CLI, tests, benchmarks) makes one and
// hands it to the command handlers.
import type { Dataset } from "./data/dataset.js";
import { loadDataset } from "./data/load.js";
import { Engine, type EngineOptions } from "./answer/engine.js";
import type { MessagePayload } from "./reply/payload.js";
import { BoundedMap } from "./util/bounded.js";

export interface Core {
  data: Dataset;
  /**
   * Built on first use (the first question, name lookup or autocomplete), not
   * at start-up: its reader, evaluator and name index (fuse.js) are needed by
   * no door to connect. The same engine every time after.
   */
  readonly engine: Engine;
  /**
   * Replies already built, by command and options. Every handler is a pure
   * function of its options and the (immutable) dataset, and people ask the
   * same things, so a repeat costs a lookup. Size 0 turns it off.
   */
  replies: BoundedMap<string, MessagePayload>;
  /** claims checked privately, by key, for their "Post in channel" button */
  claims: BoundedMap<string, string>;
}

export interface CoreOptions extends EngineOptions {
  /** how many replies to keep (default 2000; 0: none, to measure the handlers themselves) */
  replyCacheSize?: number;
}

export const REPLY_CACHE_DEFAULT = 2000;
/** private checks kept for their "Post in channel" button; older ones say they expired */
export const CLAIM_STORE_SIZE = 1000;

export function createCore(data: Dataset, options: CoreOptions = {}): Core {
  let engine: Engine | undefined;
  return {
    data,
    get engine() {
      return (engine ??= new Engine(data));
    },
    replies: new BoundedMap(options.replyCacheSize ?? REPLY_CACHE_DEFAULT),
    claims: new BoundedMap(CLAIM_STORE_SIZE),
  };
}

/** Loads and validates the dataset from `dir` (default: the project's data/) and builds the core. */
export function loadCore(dir?: string, options?: CoreOptions): Core {
  return createCore(loadDataset(dir), options);
}
