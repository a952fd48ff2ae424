import type { Plugin } from 'vite';
export declare function chunkIntegrity(): Plugin;
