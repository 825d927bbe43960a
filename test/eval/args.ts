/** `[--data DIR] FILE`: the file to score and the dataset folder (default CASEBOOK_DATA_DIR, else data/). */
export function evalArgs(usage: string, argv: readonly string[] = process.argv.slice(2)): { file: string; dataDir: string | undefined } {
  const args = [...argv];
  const at = args.indexOf("--data");
  const dataDir = at >= 0 ? args.splice(at, 2)[1] : process.env.CASEBOOK_DATA_DIR || undefined;
  const file = args[0];
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { file, dataDir };
}
