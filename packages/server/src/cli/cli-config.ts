import { loadConfig, type Config } from '../config.ts';
import { CliError } from './cli-error.ts';

/** The server's configuration (same defaults, same environment variables), or a CliError that says what is wrong. */
export function cliConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    throw new CliError(`Configuration: ${(error as Error).message}`, 2);
  }
}
