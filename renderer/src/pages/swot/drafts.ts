import type { Perspective, Quadrant } from '../../../../shared/domain/swot';

/**
 * Text typed into a cell's input but not yet entered, kept in localStorage so
 * that a reload, a crash or a closed window loses nothing. One entry per SWOT
 * day, perspective and quadrant; the version in the key lets a later format
 * ignore these instead of misreading them.
 */
const prefix = 'kub.swotDraft.v1';

export function draftKey(dayId: string, perspective: Perspective, quadrant: Quadrant): string {
  return `${prefix}.${dayId}.${perspective}.${quadrant}`;
}

// localStorage can throw (storage disabled, quota full); a draft is a comfort, so the board carries on without it.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(dayId: string, perspective: Perspective, quadrant: Quadrant): string {
  try {
    return storage()?.getItem(draftKey(dayId, perspective, quadrant)) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the text, or forgets the entry when the field is empty (blank drafts would only pile up). */
export function writeDraft(dayId: string, perspective: Perspective, quadrant: Quadrant, text: string): void {
  try {
    const key = draftKey(dayId, perspective, quadrant);
    if (text.trim() === '') storage()?.removeItem(key);
    else storage()?.setItem(key, text);
  } catch {
    // See storage(): losing the copy must not stop the typing.
  }
}
