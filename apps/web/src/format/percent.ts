/** A share (0..1) as a percentage with one decimal; '—' when there is nothing to divide by. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}
