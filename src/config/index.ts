export { loadConfig, ConfigError } from './loadConfig';
export type { Config, SecurityConfig } from './loadConfig';
