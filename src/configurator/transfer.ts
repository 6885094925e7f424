// Getting an output off the page: onto the clipboard, or into a file.

/** Copies `text`; false when neither the clipboard API nor the selection route worked. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without the clipboard API (or its permission), the selection route still works in most browsers.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position: fixed; opacity: 0';
    doc.body.append(area);
    area.select();
    let done = false;
    try {
      done = doc.execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, type: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the file only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
