export declare const distDir: string;
export declare function inlineScripts(html: string): string[];
export declare const STATIC_SECURITY_HEADERS: { key: string; value: string }[];
export declare function scriptHashes(): string[];
export declare function contentSecurityPolicy(options?: { dev?: boolean; nonce?: string }): string;
