import { useSearchParams } from 'react-router-dom';

/** The place and period every insight view takes (empty values mean the server's defaults). */
export type Scope = { locality: string; from: string; to: string };

/** The place and period of a view, kept in the page address (with any other parameters the view adds). */
export function useScope(): [Scope, (scope: Partial<Scope> & Record<string, string>) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const scope = { locality: params.get('locality') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const update = (change: Partial<Scope> & Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [scope, update, params];
}
