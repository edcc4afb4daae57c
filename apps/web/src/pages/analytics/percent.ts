/** The API's shares are percentages with one decimal already (20.5 means 20.5 %). */
export const percent = (share: number | null) => (share === null ? '—' : `${share.toFixed(1)}%`);
