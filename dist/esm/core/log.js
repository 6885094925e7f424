const PREFIX = '[consent-banner] ';
const consoleLogger = {
    warn: (message) => console.warn(PREFIX + message),
    error: (message) => console.error(PREFIX + message),
};

export { consoleLogger };
