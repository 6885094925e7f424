/** Text a site owner writes once or per language: `"..."` or `{ ja: "...", en: "..." }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;
/**
 * Picks the text for `lang`, falling back to English, then Japanese, then
 * whatever language the owner wrote, so a partial table still shows something.
 */
export declare function localize(text: LocalizedText | undefined, lang: string): string | undefined;
export declare function isLocalizedText(value: unknown): value is LocalizedText;
