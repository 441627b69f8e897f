export function NotFoundRoute() {
  return <section><h1>Page not found</h1><p>There is nothing at this address. <a href="/">Start again</a>.</p></section>;
}
