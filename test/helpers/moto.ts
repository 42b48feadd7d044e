import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One moto server for a test file: a free loopback port, reset between tests, SIGKILLed at the end. */
export interface Moto {
  url: string;
  port: number;
  /** The server's process id (benchmarks read its memory from /proc). */
  pid: number;
  /** Drops all state (POST /moto-api/reset). */
  reset(): Promise<void>;
  /** Starts moto's request recorder (every request it receives, in order). */
  startRecording(): Promise<void>;
  /** Stops the recorder and returns the recorded requests. */
  stopRecording(): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** `env` adds server settings, e.g. MOTO_IAM_LOAD_MANAGED_POLICIES for Terraform applies that attach AWS managed policies. */
export async function startMoto(env: Record<string, string> = {}): Promise<Moto> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The recorder writes its file into the working directory: give it a private one.
  const cwd = mkdtempSync(join(tmpdir(), "czt-moto-"));
  const serverEnv: NodeJS.ProcessEnv = { ...process.env, MOTO_EC2_LOAD_DEFAULT_AMIS: "false", ...env };
  delete serverEnv.MOTO_ACCOUNT_ID;
  const child: ChildProcess = spawn("python3", ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)], { cwd, env: serverEnv, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto exited early (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${url}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (r.ok || r.status < 500) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`moto did not start on ${url}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const post = async (path: string) => {
    const r = await fetch(`${url}${path}`, { method: "POST" });
    if (!r.ok) throw new Error(`moto ${path}: HTTP ${r.status}`);
  };
  return {
    url,
    port,
    pid: child.pid!,
    reset: () => post("/moto-api/reset"),
    startRecording: async () => {
      await post("/moto-api/recorder/reset-recording");
      await post("/moto-api/recorder/start-recording");
    },
    stopRecording: async () => {
      await post("/moto-api/recorder/stop-recording");
      const text = await (await fetch(`${url}/moto-api/recorder/download-recording`)).text();
      return text
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const r = JSON.parse(line) as { method: string; url: string; headers: Record<string, string>; body?: string; body_encoded?: boolean };
          const body = r.body ? (r.body_encoded ? Buffer.from(r.body, "base64").toString("utf8") : r.body) : "";
          return { method: r.method, url: r.url, headers: r.headers, body };
        });
    },
    stop: async () => {
      if (child.exitCode !== null) return rmSync(cwd, { recursive: true, force: true });
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGKILL");
      await exited;
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Points the SDK (and boto3 children) at moto with dummy keys; returns a function that restores the environment. */
export function useMotoEnv(moto: Moto, region = "eu-west-1"): () => void {
  const keys = ["AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_PROFILE", "AWS_DEFAULT_REGION"] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  Object.assign(process.env, { AWS_ENDPOINT_URL: moto.url, AWS_ACCESS_KEY_ID: "AKIAMOTOTESTKEY00001", AWS_SECRET_ACCESS_KEY: "moto-test-secret-never-in-output", AWS_REGION: region });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
  return () => {
    for (const k of keys) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  };
}
