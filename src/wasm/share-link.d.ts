// Types of pkg/share-link.js: playground share links built without the wasm.

/** A file of a playground state: `Dockerfile`, `compose.yaml`, `.dockerignore`, `.env`,
 * `docker-run.sh`, or a build context file as `context/<path>` (its text is not used). */
export interface ShareFile { name: string; text: string }

/** A playground state; every field is optional. */
export interface ShareState {
  files?: ShareFile[];
  /** `--build-arg` values, `[name, value]`. */
  build_args?: [string, string][];
  /** The target stage. */
  target?: string | null;
  /** Context files changed since the last build (for the Build cache panel). */
  changed?: string[];
  /** Of the changed files, those new since the last build. */
  added?: string[];
  /** Of the changed files, those deleted since the last build. */
  removed?: string[];
  /** Build arguments whose value changed since the last build. */
  changed_build_args?: string[];
  /** Base images whose tag moved to a new image. */
  base_moved?: string[];
  /** `--no-cache-filter` stages. */
  no_cache_filter?: string[];
  /** The build marked as built, which the cache compares with. */
  built?: { dockerfile: string; build_args?: [string, string][] } | null;
  lang?: "en" | "zh" | null;
  panel?: "problems" | "explain" | "cache" | "network" | null;
}

/** The share link of a state: a promise of its hash, `#v1/…`, to put after the playground's URL. */
export function encodeShareLink(state: ShareState): Promise<string>;
