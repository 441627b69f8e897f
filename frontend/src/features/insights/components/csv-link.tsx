/** The CSV twin of an insight view, for a spreadsheet. */
export function CsvLink({ href, what }: { href: string; what: string }) {
  return <a className="button small" href={href} download data-testid="csv-download">⬇ Download {what} (CSV)</a>;
}
