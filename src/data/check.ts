// `npm run data:check [DIR]`: validates a dataset and says what it holds.
// The folder is DIR, else CASEBOOK_DATA_DIR (from the environment or .env, as
// npm start reads it), else the project's data/: the same folder the bot
// would load, so "ok" here means npm start will accept it.
import path from "node:path";
import { config as loadDotenv } from "dotenv";
import { DatasetError } from "./errors.js";
import { checkDataFolder, chooseDataFolder } from "./folder.js";
import { loadDataset } from "./load.js";

loadDotenv({ path: path.resolve(".env"), quiet: true });
const folder = chooseDataFolder([
  { value: process.argv[2], from: "the folder argument" },
  { value: process.env.CASEBOOK_DATA_DIR, from: "CASEBOOK_DATA_DIR" },
]);
try {
  checkDataFolder(folder);
  const data = loadDataset(folder.dir);
  const quoted = new Set(data.facts.map((f) => f.quote)).size;
  console.log(
    `dataset ${data.version} ok (${path.relative(process.cwd(), folder.dir) || "."}, ${folder.from === "the default" ? "the default folder" : `from ${folder.from}`}): ` +
      `${data.cases.length} cases (${data.cases.map((c) => c.surname).join(", ")}), ` +
      `${data.facts.length} facts, ${data.law.provisions.length} law provisions, ${quoted} distinct quotes, all found in the article`,
  );
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  console.error(err.message);
  process.exit(1);
}
