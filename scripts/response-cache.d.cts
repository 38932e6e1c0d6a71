// Types of response-cache.cjs for the tests (the module itself is plain CommonJS for server.js).
import type { IncomingMessage, ServerResponse } from "node:http";

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
export interface CacheEntry {
  status: number;
  nonce: string;
  headers: Record<string, unknown>;
  html: string;
}
export declare class ResponseCache {
  constructor(maxEntries?: number, maxBytes?: number);
  entries: Map<string, CacheEntry>;
  get(key: string): CacheEntry | undefined;
  set(key: string, entry: CacheEntry): void;
}
export declare function cacheKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | undefined;
export declare function cachingListener(next: Listener, cache?: ResponseCache): Listener;
export declare function installResponseCache(): void;
export declare function nonceOf(policy: unknown): string | undefined;
