export { createPlaygroundRouter, DEFAULT_PLAYGROUND_ASSETS_PATH } from './playground.router';
export type { PlaygroundRouterOptions } from './playground.router';
