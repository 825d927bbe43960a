// `npm run data:check [DIR]`: validates the dataset and says what it holds.
import { DatasetError } from "./errors.js";
import { DEFAULT_DATA_DIR, loadDataset } from "./load.js";

const dir = process.argv[2] ?? DEFAULT_DATA_DIR;
try {
  const data = loadDataset(dir);
  const quoted = new Set(data.facts.map((f) => f.quote)).size;
  console.log(
    `dataset ${data.version} ok: ${data.cases.length} cases (${data.cases.map((c) => c.surname).join(", ")}), ` +
      `${data.facts.length} facts, ${data.law.provisions.length} law provisions, ${quoted} distinct quotes, all found in the article`,
  );
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  console.error(err.message);
  process.exit(1);
}
