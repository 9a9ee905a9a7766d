/**
 * The two parties named on the proposal (the greenhouse host and the mining operator) and their logos.
 * Kept in memory for the session (the app's autosave stores scenarios only, so names and logos are not
 * written to disk); a logo is read as a data URL, at most LOGO_LIMIT bytes.
 */
import { useCallback, useState } from 'react';

export interface Party {
  name: string;
  logo: string | null;
}

export interface Parties {
  host: Party;
  operator: Party;
}

export type PartyRole = keyof Parties;

/** Largest logo file accepted, bytes. */
export const LOGO_LIMIT = 200 * 1024;

let remembered: Parties = { host: { name: '', logo: null }, operator: { name: '', logo: null } };

/** The parties, remembered while the app stays open (closing and reopening the proposal keeps them). */
export function useParties(): [Parties, (role: PartyRole, change: Partial<Party>) => void] {
  const [parties, setParties] = useState(remembered);
  const update = useCallback((role: PartyRole, change: Partial<Party>) => {
    setParties((p) => {
      remembered = { ...p, [role]: { ...p[role], ...change } };
      return remembered;
    });
  }, []);
  return [parties, update];
}

/** Why a file cannot be a logo, or null when it can. */
export function logoProblem(file: Pick<File, 'size' | 'type' | 'name'>): string | null {
  if (!file.type.startsWith('image/')) return `“${file.name}” is not an image: pick a PNG, JPEG or SVG file.`;
  if (file.size > LOGO_LIMIT) {
    const kb = Math.ceil(file.size / 1024);
    return `“${file.name}” is ${kb} KB; a logo can be at most ${LOGO_LIMIT / 1024} KB. Save a smaller image and pick it again.`;
  }
  return null;
}

/** The file as a data URL. */
export function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
