// The HTTP interactions endpoint under load: the server runs in a child
// process (1, then 2 worker processes via --cluster), and this process drives
// it with autocannon using pre-signed /ask and /case interactions, the way
// Discord would send them. Prints figures; asserts nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { cpus } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const DURATION_S = 5;
const WARMUP_S = 1;
const CONNECTIONS = 50;
/** distinct users in the request mix, so the per-user cooldown (raised for the run) never answers instead of the command */
const USERS = 500;

// autocannon ships no type declarations: the few fields used here, typed by hand
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests: Array<{ method: "POST"; path: string; headers: Record<string, string>; body: string }>;
}
const autocannon = createRequire(import.meta.url)("autocannon") as (o: AutocannonOptions) => Promise<AutocannonResult>;

function keys() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const hex = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("hex");
  return { privateKey, hex };
}

/** Signed command interactions: half /ask (the dev question set), half /case (spellings and typos). */
function signedRequests(privateKey: ReturnType<typeof keys>["privateKey"]): AutocannonOptions["requests"] {
  const questions = readFileSync(path.join(root, "test/qa/dev.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l).input as string)
    .filter((i) => i.startsWith("/ask question:"))
    .map((i) => i.slice("/ask question:".length));
  const surnames = ["Qi", "Zhong", "Song", "chung", "Ch'i", "soong", "zhonh", "宋"];
  const timestamp = String(Math.floor(Date.now() / 1000));
  const out: AutocannonOptions["requests"] = [];
  for (let i = 0; i < USERS; i++) {
    const [name, option] = i % 2 === 0 ? ["ask", { name: "question", type: 3, value: questions[i % questions.length]! }] : ["case", { name: "surname", type: 3, value: surnames[i % surnames.length]! }];
    const body = JSON.stringify({
      id: String(1_300_000_000_000_000_000n + BigInt(i)),
      application_id: "1300000000000000000",
      token: "bench",
      version: 1,
      type: 2,
      guild_id: "1300000000000000001",
      channel_id: "1300000000000000002",
      member: { user: { id: String(1_310_000_000_000_000_000n + BigInt(i)), username: `user${i}` }, roles: [], permissions: "0" },
      data: { id: "1300000000000000003", name, type: 1, options: [option] },
    });
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
    out.push({
      method: "POST",
      path: "/interactions",
      headers: { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": timestamp },
      body,
    });
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(workers: number, port: number, publicKey: string): Promise<ChildProcess> {
  const args = ["--import", "tsx", "src/http/main.ts", ...(workers > 1 ? ["--cluster", String(workers)] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    // info-level JSON logs, one line per request, as in production; written to /dev/null
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: publicKey,
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
      HTTP_WORKERS: "",
      COOLDOWN_COMMANDS: "1000",
      COOLDOWN_WINDOW_SECONDS: "1",
    },
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the server did not start in 20 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  // the primary listens as soon as one worker does: give the others a moment
  if (workers > 1) await new Promise((r) => setTimeout(r, 1500));
  return child;
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** A multipart part's text, whether the form gives it as a string or as a file. */
async function payloadText(part: string | Blob | null): Promise<string> {
  return typeof part === "string" ? part : part ? await part.text() : "";
}

/** One check before the load: each kind of request is answered with a message, not an error. */
async function checkOnce(port: number, requests: AutocannonOptions["requests"]): Promise<void> {
  for (const r of requests.slice(0, 2)) {
    const res = await fetch(`http://127.0.0.1:${port}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
    // (a reply with an image comes as multipart/form-data, its message in the payload_json part, as Discord takes it)
    const json = ((res.headers.get("content-type") ?? "").startsWith("multipart/form-data") ? JSON.parse(await payloadText((await res.formData()).get("payload_json"))) : await res.json()) as { type?: number };
    if (res.status !== 200 || json.type !== 4) throw new Error(`unexpected answer ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
  }
}

export async function benchHttp(): Promise<void> {
  const k = keys();
  const requests = signedRequests(k.privateKey);
  console.log(
    `\n## HTTP interactions endpoint: signed /ask and /case interactions (${requests.length} distinct, ${USERS} users)\n` +
      `autocannon in this process, ${CONNECTIONS} connections, ${DURATION_S} s after ${WARMUP_S} s warm-up; ` +
      `server in child process(es); ${cpus().length} CPUs on this machine, shared by the server and the load generator`,
  );
  console.log("server processes   requests/s   p50 latency   p99 latency   non-2xx   errors");
  for (const workers of [1, 2]) {
    const port = await freePort();
    const server = await startServer(workers, port, k.hex);
    try {
      await checkOnce(port, requests);
      const url = `http://127.0.0.1:${port}`;
      await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_S, requests });
      const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, requests });
      console.log(
        `${String(workers).padEnd(17)}  ${r.requests.average.toFixed(0).padStart(10)}   ${`${r.latency.p50} ms`.padStart(11)}   ${`${r.latency.p99} ms`.padStart(11)}   ${String(r.non2xx).padStart(7)}   ${String(r.errors + r.timeouts).padStart(6)}`,
      );
    } finally {
      await stopServer(server);
    }
  }
  if (cpus().length <= 2) {
    console.log("(with 2 CPUs or fewer, two server processes and the load generator compete for the same cores: the 2-process figure understates how replicas scale)");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchHttp().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
