/** A fieldset of checkboxes, one per option; folded away (`collapsed`) until something in it is chosen. */
export function CheckList({ legend, name, options, selected, onChange, error, collapsed = false }: {
  legend: string;
  name: string;
  options: readonly { code: string; name: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  error?: string;
  collapsed?: boolean;
}) {
  const body = (
    <div className="checks">
      {options.map((option) => (
        <label key={option.code}>
          <input type="checkbox" name={name} value={option.code} checked={selected.includes(option.code)}
            onChange={(e) => onChange(e.target.checked ? [...selected, option.code] : selected.filter((s) => s !== option.code))} />
          {' '}{option.name}
        </label>
      ))}
    </div>
  );
  return (
    <fieldset className={error ? 'field-invalid' : undefined}>
      <legend>{legend}{selected.length > 0 && ` (${selected.length})`}</legend>
      {collapsed ? <details open={selected.length > 0}><summary>Choose {legend.toLowerCase()}</summary>{body}</details> : body}
      {error && <small className="field-error" role="alert">⚠ {error}</small>}
    </fieldset>
  );
}
