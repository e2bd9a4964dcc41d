export { createServer } from './createServer';
export type { ApiServer, CreateServerOptions } from './createServer';
export { buildSchema } from './buildSchema';
