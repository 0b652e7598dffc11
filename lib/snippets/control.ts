/**
 * Control characters never occur in text a reader selects; in a file they are a sign of damage
 * or of an attempt to smuggle something in. Tabs and line breaks are ordinary text.
 */
function isControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

export function withoutControlCharacters(text: string): string {
  if (!hasControlCharacters(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isControl(text.charCodeAt(i))) out += text[i];
  return out;
}
