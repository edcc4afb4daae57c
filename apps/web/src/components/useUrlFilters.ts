import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the address, so a filtered page can be reloaded, bookmarked and shared.
 * `update` sets or clears the given keys; changing any filter but the page goes back to page 1
 * (and drops `after`, the row a page starts behind).
 */
export function useUrlFilters(): [URLSearchParams, (next: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) {
      merged.delete('page');
      // A list's position after a given row (`after`, with its page) means nothing under other filters.
      merged.delete('after');
    }
    setParams(merged);
  };
  return [params, update];
}
