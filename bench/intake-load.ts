import http from 'node:http';
import net from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * A small closed-loop load generator over node:http with keep-alive: a fixed number of requests in
 * flight, each worker sending its next request as soon as the previous answer is fully read. The
 * latency of a request is from the call to the last byte of its answer, as a client sees it.
 */

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

export interface Endpoint {
  port: number;
  /** One keep-alive agent per server, sized to the concurrency: no socket is opened mid-run. */
  agent: http.Agent;
}

export function endpoint(port: number, sockets: number): Endpoint {
  return { port, agent: new http.Agent({ keepAlive: true, maxSockets: sockets }) };
}

export function post(target: Endpoint, path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return request(target, 'POST', path, body, headers);
}

export function request(target: Endpoint, method: string, path: string, body: string | null, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1', port: target.port, path, method, agent: target.agent,
        headers: body === null ? headers : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

export interface LoopFigures {
  /** Answers with the expected status. */
  ok: number;
  /** Any other status, or a failed connection; by status ("error" for no answer). */
  errors: Record<string, number>;
  errorCount: number;
  /** Latency of the good answers, ms. */
  latencies: number[];
  /** From the first request to the last answer (the stragglers after the deadline included). */
  seconds: number;
  /** Good answers per second over `seconds`. */
  rate: number;
  /** True when `limit` requests were sent before the time was up. */
  hitLimit: boolean;
}

/**
 * Runs `concurrency` workers for `durationMs`, each calling `send(seq)` in a loop (seq counts every
 * request of the loop from 0). At most `limit` requests are sent in all.
 */
export async function closedLoop(options: {
  concurrency: number;
  durationMs: number;
  limit?: number;
  send: (seq: number) => Promise<Answer>;
  ok: (answer: Answer) => boolean;
}): Promise<LoopFigures> {
  const { concurrency, durationMs, send, ok } = options;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let next = 0;
  let hitLimit = false;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      if (next >= limit) {
        hitLimit = true;
        return;
      }
      const seq = next++;
      try {
        const answer = await send(seq);
        if (ok(answer)) latencies.push(answer.ms);
        else errors[String(answer.status)] = (errors[String(answer.status)] ?? 0) + 1;
      } catch {
        errors.error = (errors.error ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  return { ok: latencies.length, errors, errorCount, latencies, seconds, rate: latencies.length / seconds, hitLimit };
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  name: string;
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
  /** The last 4,000 characters the process wrote to stderr: why it died, when it did. */
  stderrTail: () => string;
}

/**
 * Starts a server process and waits until `healthPath` answers 200. Its output is dropped (Sinergi
 * logs every request, as it does when deployed) except the tail of stderr, kept to explain a failure.
 */
export async function startServer(name: string, args: string[], env: NodeJS.ProcessEnv, port: number, healthPath: string, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => {
    exited = code ?? -1;
    resolve();
  }));
  const stop = async () => {
    if (exited !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(killer);
  };
  const probe = endpoint(port, 1);
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} before it answered: ${stderr.trim().split('\n').slice(-5).join(' | ')}`);
    if (Date.now() > until) {
      await stop();
      throw new Error(`${name} did not answer ${healthPath} on port ${port} within ${timeoutMs / 1000} s`);
    }
    const answer = await request(probe, 'GET', healthPath, null).catch(() => null);
    if (answer?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  probe.agent.destroy();
  return { name, port, child, stop, stderrTail: () => stderr };
}
