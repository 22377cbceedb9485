/** The anchor of an agenda item on its meeting page, e.g. "punkt-6A". Shared by the meeting and decision pages. */
export const itemAnchor = (number: string) => `punkt-${number.replace(/[^\p{L}\p{N}-]/gu, '-')}`;
