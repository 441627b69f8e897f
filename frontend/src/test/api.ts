/**
 * A successful answer of the API client (openapi-fetch's `{ data, response }`), for a spy on `api.GET` to
 * resolve with; typed to fit whichever path the spy stands in for.
 */
export function answered(data: unknown): never {
  return { data, response: new Response(JSON.stringify(data), { status: 200, headers: { 'Content-Type': 'application/json' } }) } as never;
}
