/** Where the widget reports problems with its input. Tests pass their own to assert messages. */
export interface Logger {
  warn(message: string): void;
  error(message: string): void;
}

const PREFIX = '[consent-banner] ';

export const consoleLogger: Logger = {
  warn: (message) => console.warn(PREFIX + message),
  error: (message) => console.error(PREFIX + message),
};
