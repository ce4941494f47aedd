// Types for scripts/serve.mjs (the tests import it from TypeScript).

export interface ServerOptions {
  /** Folder to serve; defaults to the repo's dist/. */
  root?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Tests: every answered request's method, path and status. */
  onResponse?: (method: string, url: string, status: number) => void;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4173 (no trailing slash). */
  url: string;
  port: number;
  host: string;
  /** Stops listening and drops open connections; the port is free when it resolves. */
  close(): Promise<void>;
}

export declare function startServer(options?: ServerOptions): Promise<RunningServer>;
