/** Where the widget reports problems with its input. Tests pass their own to assert messages. */
export interface Logger {
    warn(message: string): void;
    error(message: string): void;
}
export declare const consoleLogger: Logger;
