/** Text a site owner writes once or per language: `"..."` or `{ ja: "...", en: "..." }`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * Picks the text for `lang`, falling back to English, then Japanese, then
 * whatever language the owner wrote, so a partial table still shows something.
 */
export function localize(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[lang] ?? text.en ?? text.ja ?? Object.values(text)[0];
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value);
  return entries.length > 0 && entries.every((v) => typeof v === 'string');
}
